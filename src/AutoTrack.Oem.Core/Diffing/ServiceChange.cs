namespace AutoTrack.Oem;

/// <summary>One difference between two versions of a schedule, matched by natural key.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="NaturalKey">The service's natural key.</param>
/// <param name="Before">The previous service, unless added.</param>
/// <param name="After">The current service, unless removed.</param>
/// <param name="SafetyCritical">True when the service is safety-critical: such a change raises an alert.</param>
/// <param name="ChangedParts">For changes: which parts differ ("interval", "initial", "monitor", "tied_to").</param>
public sealed record ServiceChange(
    ServiceChangeKind Kind,
    string NaturalKey,
    ScheduleService? Before,
    ScheduleService? After,
    bool SafetyCritical,
    IReadOnlyList<string> ChangedParts)
{
    /// <summary>The service code.</summary>
    public string Code => (After ?? Before)!.Code;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ServiceChangeKind.Added => $"+ {After}",
        ServiceChangeKind.Removed => $"- {Before}",
        _ => $"~ {NaturalKey}: {string.Join(", ", ChangedParts)} ({Before} -> {After})",
    };
}
