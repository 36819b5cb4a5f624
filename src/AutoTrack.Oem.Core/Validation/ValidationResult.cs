namespace AutoTrack.Oem;

/// <summary>The verdict on a normalized schedule: publish it, or quarantine it with the reasons.</summary>
/// <param name="Anomalies">Everything found; empty when the schedule may be published.</param>
public sealed record ValidationResult(IReadOnlyList<Anomaly> Anomalies)
{
    /// <summary>True when nothing was found and the schedule may be published.</summary>
    public bool IsPublishable => Anomalies.Count == 0;

    /// <summary>True when the schedule must be quarantined for review.</summary>
    public bool ShouldQuarantine => !IsPublishable;

    /// <summary>The reasons, one per line, for the quarantine record and the admin page.</summary>
    public string Reasons => string.Join(Environment.NewLine, Anomalies.Select(a => a.Message));
}
