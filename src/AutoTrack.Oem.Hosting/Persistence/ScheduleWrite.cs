namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>A validated, hashed schedule ready to be stored for one vehicle.</summary>
internal sealed record ScheduleWrite(
    VehicleDescriptor Vehicle,
    NormalizedSchedule Schedule,
    ScheduleHash Hash,
    SourceKind SourceKind,
    Uri? SourceUrl,
    string? DocumentSha256);

/// <summary>What storing a schedule did.</summary>
internal enum WriteOutcome
{
    /// <summary>First ingestion: not an OEM change.</summary>
    Created,

    /// <summary>The OEM's schedule changed.</summary>
    Changed,

    /// <summary>The same document read by a newer normalizer gave a different hash: not an OEM change.</summary>
    Reprocessed,

    /// <summary>Same hash: only checked_at was touched.</summary>
    Unchanged,

    /// <summary>Someone else changed the schedule since it was read; nothing was written.</summary>
    Conflict,
}

/// <summary>The result of storing one schedule.</summary>
internal sealed record WriteResult(ScheduleWrite Write, WriteOutcome Outcome, ScheduleDiff? Diff);
