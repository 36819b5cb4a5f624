namespace AutoTrack.Oem;

/// <summary>The plausible range of a service's interval. A value outside it quarantines the schedule for review.</summary>
/// <param name="MinMiles">Smallest plausible distance interval, in miles.</param>
/// <param name="MaxMiles">Largest plausible distance interval, in miles.</param>
/// <param name="MinMonths">Smallest plausible time interval, in months.</param>
/// <param name="MaxMonths">Largest plausible time interval, in months.</param>
public sealed record IntervalBounds(int MinMiles, int MaxMiles, int MinMonths, int MaxMonths)
{
    /// <summary>Bounds for items without tighter ones: 1,000 to 200,000 miles, 1 to 240 months.</summary>
    public static IntervalBounds Default { get; } = new(1_000, 200_000, 1, 240);

    /// <summary>True when <paramref name="miles"/> (if given) lies within the bounds.</summary>
    public bool AllowsMiles(int? miles) => miles is null || (miles >= MinMiles && miles <= MaxMiles);

    /// <summary>True when <paramref name="months"/> (if given) lies within the bounds.</summary>
    public bool AllowsMonths(int? months) => months is null || (months >= MinMonths && months <= MaxMonths);
}
