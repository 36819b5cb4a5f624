namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>What a layout reader found in a document: the raw items, title and legend, or why the layout is not
/// the one it reads (<see cref="DriftReason"/>).</summary>
internal sealed record LayoutReading(IReadOnlyList<RawScheduleItem> Items, string? Title, IReadOnlyDictionary<string, string> Legend)
{
    /// <summary>Set when the document is not in the expected layout; then <see cref="Items"/> is empty.</summary>
    public string? DriftReason { get; init; }

    public static LayoutReading Drift(string reason) =>
        new([], null, new Dictionary<string, string>(StringComparer.Ordinal)) { DriftReason = reason };
}
