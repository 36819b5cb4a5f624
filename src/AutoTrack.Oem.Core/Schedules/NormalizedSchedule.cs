namespace AutoTrack.Oem;

/// <summary>
/// A schedule in canonical form: services with their intervals, conditions and applicability, plus what could
/// not be understood, the issues noticed and provenance. Its meaning (and only its meaning) is hashed by
/// <see cref="ScheduleHasher"/>.
/// </summary>
public sealed record NormalizedSchedule
{
    /// <summary>Creates a normalized schedule.</summary>
    public NormalizedSchedule(IReadOnlyList<ScheduleService> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The services, sorted by natural key.</summary>
    public IReadOnlyList<ScheduleService> Services { get; }

    /// <summary>Items that could not be understood.</summary>
    public IReadOnlyList<UnrecognizedItem> Unrecognized { get; init; } = [];

    /// <summary>Problems noticed while normalizing.</summary>
    public IReadOnlyList<NormalizationIssue> Issues { get; init; } = [];

    /// <summary>What was read, by shape.</summary>
    public NormalizationReport Report { get; init; } = new(0, new Dictionary<ScheduleShape, int>(), new Dictionary<ScheduleShape, int>());

    /// <summary>The version of the normalizer that produced this schedule (<see cref="ScheduleNormalizer.Version"/>).</summary>
    public string NormalizerVersion { get; init; } = ScheduleNormalizer.Version;

    /// <summary>When it was normalized.</summary>
    public DateTimeOffset NormalizedAt { get; init; }

    /// <summary>The source document's address, when normalized from a raw schedule.</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>The source document's revision, when printed.</summary>
    public string? DocumentRevision { get; init; }

    /// <summary>The service with a natural key, if present.</summary>
    public ScheduleService? Find(string naturalKey) =>
        Services.FirstOrDefault(s => string.Equals(s.NaturalKey, naturalKey, StringComparison.Ordinal));
}
