namespace AutoTrack.Oem.Hosting;

/// <summary>A stored service of a published schedule. <see cref="Id"/> is stable across refreshes (services are
/// updated in place by natural key), so user overrides can refer to it.</summary>
public sealed record StoredService
{
    /// <summary>The row id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The service with its timing, conditions and applicability.</summary>
    public required ScheduleService Service { get; init; }

    /// <summary>The taxonomy's display name ("Cabin air filter").</summary>
    public required string Name { get; init; }

    /// <summary>The source document's address.</summary>
    public Uri? SourceUrl { get; init; }
}
