using AutoTrack.Oem.Hosting.Persistence.Rows;
using LinqToDB;
using LinqToDB.Async;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>Reads published schedules and their services.</summary>
internal sealed class ScheduleLookup(OemDatabase database) : IScheduleLookup
{
    public async Task<StoredSchedule?> FindAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string> { vehicle.Key };
        if (!vehicle.Trim.IsAll)
        {
            keys.Add((vehicle with { Trim = TrimSelector.All }).Key);
        }

        var rows = await db.GetTable<ScheduleRow>().Where(r => keys.Contains(r.VehicleKey)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var row = rows.OrderBy(r => keys.IndexOf(r.VehicleKey)).FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        var services = await db.GetTable<ServiceRow>().Where(s => s.ScheduleId == row.Id).OrderBy(s => s.NaturalKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new StoredSchedule
        {
            Id = row.Id,
            Vehicle = VehicleRows.ToVehicle(row.Market, row.Year, row.DisplayMake, row.DisplayModel, row.Trim, row.DisplayTrim),
            Hash = new ScheduleHash(row.ContentHash, row.NormalizerVersion),
            SourceUrl = row.SourceUrl is null ? null : new Uri(row.SourceUrl),
            CheckedAt = row.CheckedAt,
            ChangedAt = row.ChangedAt,
            Services = [.. services.Select(ToStored)],
        };
    }

    private static StoredService ToStored(ServiceRow s) => new()
    {
        Id = s.Id,
        Name = s.ServiceName,
        SourceUrl = s.SourceUrl is null ? null : new Uri(s.SourceUrl),
        Service = new ScheduleService(s.ServiceCode, ServiceActionExtensions.ParseCode(s.Action))
        {
            Interval = Interval(s.IntervalMiles, s.IntervalMonths),
            Initial = Interval(s.InitialMiles, s.InitialMonths),
            Monitor = s.MonitorKind is null ? null : new ServiceMonitor(s.MonitorKind, Interval(s.MonitorCapMiles, s.MonitorCapMonths)),
            TiedTo = s.TiedToCode is null ? null : new ServiceTie(s.TiedToCode, s.TiedToEvery ?? 1),
            Conditions = s.Conditions.Length == 0 ? [] : s.Conditions.Split(','),
            Applicability = new Applicability(s.Engine,
                s.Drivetrain is null ? null : Enum.Parse<Drivetrain>(s.Drivetrain),
                s.Transmission is null ? null : Enum.Parse<TransmissionKind>(s.Transmission),
                s.IfEquipped),
            ReminderLead = s.ReminderLeadMiles is null && s.ReminderLeadDays is null ? null : new ReminderLead(s.ReminderLeadMiles, s.ReminderLeadDays),
            SafetyCritical = s.SafetyCritical,
            Provenance = s.OriginalText is null ? [] : [new ServiceProvenance(s.OriginalText, null, null, new SourceLocation(s.SourcePage))],
        },
    };

    private static ServiceInterval? Interval(int? miles, int? months) => miles is null && months is null ? null : new ServiceInterval(miles, months);
}
