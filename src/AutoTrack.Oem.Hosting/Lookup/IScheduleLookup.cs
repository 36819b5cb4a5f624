namespace AutoTrack.Oem.Hosting;

/// <summary>Reads published schedules (what the lookup API and onboarding seeding serve).</summary>
public interface IScheduleLookup
{
    /// <summary>The schedule for a vehicle: the one stored for its trim, else the one for all trims; null when none.</summary>
    Task<StoredSchedule?> FindAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken = default);
}
