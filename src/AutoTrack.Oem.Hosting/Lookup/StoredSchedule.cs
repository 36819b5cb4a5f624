namespace AutoTrack.Oem.Hosting;

/// <summary>A published schedule as stored.</summary>
public sealed record StoredSchedule
{
    /// <summary>The row id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The vehicle the schedule is stored for (its trim may be <see cref="TrimSelector.All"/>).</summary>
    public required VehicleDescriptor Vehicle { get; init; }

    /// <summary>The hash of its meaning.</summary>
    public required ScheduleHash Hash { get; init; }

    /// <summary>The source document's address.</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>Last time the source was checked.</summary>
    public required DateTimeOffset CheckedAt { get; init; }

    /// <summary>Last time the schedule's meaning changed.</summary>
    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>The services, ordered by natural key.</summary>
    public required IReadOnlyList<StoredService> Services { get; init; }
}
