namespace AutoTrack.Oem;

/// <summary>Why a schedule is held back for review instead of being published.</summary>
public enum AnomalyKind
{
    /// <summary>An interval, first occurrence or monitor cap lies outside the service's plausible bounds.</summary>
    OutOfBounds,

    /// <summary>The schedule has no services at all.</summary>
    EmptySchedule,

    /// <summary>Far fewer services than the previously published version (a sign of layout drift).</summary>
    ServiceCountDrop,

    /// <summary>A core service the previous version had is missing (a sign of layout drift).</summary>
    MissingCoreService,

    /// <summary>Miles and the printed km disagree.</summary>
    UnitMismatch,

    /// <summary>The same service is given two different timings.</summary>
    ConflictingDuplicate,

    /// <summary>Too much of the document could not be understood.</summary>
    TooMuchUnrecognized,
}
