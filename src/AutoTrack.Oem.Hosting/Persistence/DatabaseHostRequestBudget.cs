using System.Globalization;
using AutoTrack.Oem.Fetchers.Http;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>
/// The <see cref="IHostRequestBudget"/> kept in the aggregation's database (<c>host_request_budget</c>), so every node
/// sharing the database shares one daily budget per host. Each request is one atomic statement: insert the day's row
/// or add one to it unless the limit is reached, returning the new count (no row when refused). Rows older than
/// 30 days are pruned when a node first sees a new day.
/// </summary>
internal sealed class DatabaseHostRequestBudget(OemDatabase database, TimeProvider time) : IHostRequestBudget
{
    private const int KeptDays = 30;
    private DateOnly _pruned;

    public async ValueTask<bool> TryTakeAsync(string host, DateOnly day, int dailyLimit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(dailyLimit, 1);
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var table = database.Job("host_request_budget");
        if (day > _pruned)
        {
            _pruned = day;
            var prune = new SqlBatch();
            prune.Sql($"DELETE FROM {table} WHERE day < {prune.P(Day(day.AddDays(-KeptDays)))}");
            await prune.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }

        var sql = new SqlBatch();
        sql.Sql($"INSERT INTO {table} (host, day, used, updated_at) VALUES ({sql.P(host.ToLowerInvariant())}, {sql.P(Day(day))}, 1, {sql.P(time.GetUtcNow())}) ")
           .Sql($"ON CONFLICT (host, day) DO UPDATE SET used = {table}.used + 1, updated_at = excluded.updated_at ")
           .Sql($"WHERE {table}.used < {sql.P(dailyLimit)} RETURNING used");
        var used = await sql.QueryAsync<int>(db, cancellationToken).ConfigureAwait(false);
        return used.Count == 1;
    }

    private object Day(DateOnly day) => database.Kind == OemDatabaseKind.PostgreSql
        ? day
        : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
