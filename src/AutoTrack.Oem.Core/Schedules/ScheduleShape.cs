namespace AutoTrack.Oem;

/// <summary>The ways OEMs express a schedule item; used to count what the normalizer read and failed to read.</summary>
public enum ScheduleShape
{
    /// <summary>"Every 10,000 miles or 12 months, whichever comes first."</summary>
    FixedInterval,

    /// <summary>An item listed under odometer milestones; the interval is inferred from where it recurs.</summary>
    Milestone,

    /// <summary>A matrix row of action letters (I/R/P) under milestone columns.</summary>
    Matrix,

    /// <summary>Driven by an onboard monitor, possibly with a cap.</summary>
    ConditionBased,

    /// <summary>"At 100,000 miles, then every 50,000 miles."</summary>
    InitialThenRepeat,

    /// <summary>"At every other oil change."</summary>
    TiedToService,
}
