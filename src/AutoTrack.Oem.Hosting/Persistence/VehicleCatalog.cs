using AutoTrack.Oem.Hosting.Persistence.Rows;
using LinqToDB;
using LinqToDB.Async;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>The catalog table. Vehicles are stored under their canonical, case-folded keys.</summary>
internal sealed class VehicleCatalog(OemDatabase database, TimeProvider time) : IVehicleCatalog
{
    public async Task<int> AddAsync(IEnumerable<VehicleDescriptor> vehicles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        var list = vehicles.DistinctBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return 0;
        }

        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var chunk in list.Chunk(1_000))
        {
            var sql = new SqlBatch();
            sql.Sql($"INSERT INTO {database.Job("supported_vehicle_catalog")} (id, market, manufacturer, make, model, year, trim, vehicle_key, display_make, display_model, display_trim, enabled, created_at) VALUES ");
            sql.Sql(string.Join(",\n", chunk.Select(v => "(" + string.Join(", ",
                sql.P(Guid.CreateVersion7(now)), sql.P(v.Market.ToString()), sql.P(v.ManufacturerKey), sql.P(v.MakeKey), sql.P(v.ModelKey), sql.P(v.Year),
                sql.P(v.Trim.Key), sql.P(v.Key), sql.P(v.Make), sql.P(v.Model), sql.P(v.Trim.Name), sql.P(true), sql.P(now)) + ")")));
            sql.Sql(" ON CONFLICT DO NOTHING");
            added += await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    public async Task<IReadOnlyList<VehicleDescriptor>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await database.JobTable<CatalogRow>(db, "supported_vehicle_catalog")
            .Where(r => r.Enabled)
            .OrderBy(r => r.Manufacturer).ThenBy(r => r.Make).ThenBy(r => r.Model).ThenBy(r => r.Year).ThenBy(r => r.Trim)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => VehicleRows.ToVehicle(r.Market, r.Year, r.DisplayMake, r.DisplayModel, r.Trim, r.DisplayTrim))];
    }
}
