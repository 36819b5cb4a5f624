using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem;

/// <summary>Thresholds of <see cref="ScheduleValidator"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>A candidate with fewer than this fraction of the previous version's services is an anomaly
    /// (default 0.5: losing half the services looks like layout drift, not an OEM change).</summary>
    [Range(0.0, 1.0)]
    public double MinimumServiceRatio { get; set; } = 0.5;

    /// <summary>More than this fraction of unrecognized items is an anomaly (default 0.5).</summary>
    [Range(0.0, 1.0)]
    public double MaximumUnrecognizedRatio { get; set; } = 0.5;

    /// <summary>Whether miles/km disagreements quarantine the schedule (default true).</summary>
    public bool QuarantineUnitMismatches { get; set; } = true;

    /// <summary>Whether conflicting duplicate services quarantine the schedule (default true).</summary>
    public bool QuarantineConflicts { get; set; } = true;
}
