namespace AutoTrack.Oem.Testing;

/// <summary>
/// One thing a sample document prints - an item line of a milestone guide or a row (with one kind of mark) of a
/// matrix - together with what it means, so a test can compare what a fetcher and the normalizer read with what
/// was printed.
/// </summary>
/// <remarks>
/// The document prints the item at <see cref="FirstAt"/> (or <see cref="Every"/> when no first occurrence is
/// given) and then at every <see cref="Every"/> up to the end of the document's milestones. The meaning is
/// therefore exactly what the milestones show: a repeat of <see cref="Every"/>, an initial interval when
/// <see cref="FirstAt"/> differs from it, or a one-time service when <see cref="Every"/> is null.
/// </remarks>
/// <param name="Wording">The printed wording: an item line ("Replace engine oil and oil filter") or a matrix row
/// name ("Engine oil and filter"), without bullets or footnote marks.</param>
/// <param name="Codes">The taxonomy codes the wording names (<see cref="ServiceCodes"/>); "engine oil and filter"
/// names two.</param>
/// <param name="Action">What is done; in a matrix this is the letter printed in the cells (I or R).</param>
/// <param name="Every">The repeating interval; null for a one-time service.</param>
/// <param name="FirstAt">The first occurrence when it differs from <see cref="Every"/>, or the only one.</param>
public sealed record SampleService(string Wording, IReadOnlyList<string> Codes, ServiceAction Action, ServiceInterval? Every, ServiceInterval? FirstAt = null)
{
    /// <summary>The conditions the item is listed under; empty for the normal schedule. A milestone guide prints
    /// one condition sub-heading per item; a matrix's severe table prints every condition's letter.</summary>
    public IReadOnlyList<SampleCondition> Conditions { get; init; } = [];

    /// <summary>Which vehicles the item applies to, as the wording or its footnote says.</summary>
    public Applicability Applicability { get; init; } = Applicability.Any;

    /// <summary>The text of a footnote the matrix attaches to the row and its cells ("AWD models only"); the
    /// mark ("*1") is assigned when the document is printed.</summary>
    public string? Footnote { get; init; }

    /// <summary>True when the wording itself states the timing ("Replace engine coolant: first at 100,000 miles,
    /// then every 50,000 miles"); such an item is printed once, at <see cref="FirstAt"/>.</summary>
    public bool WordingStatesTiming { get; init; }

    /// <summary>The distance of the first occurrence: <see cref="FirstAt"/> or else <see cref="Every"/>.</summary>
    public int FirstMiles => (FirstAt ?? Every)?.Miles ?? throw new InvalidOperationException($"'{Wording}' has no distance.");

    /// <summary>True when a matrix prints the item in its severe usage table rather than in the milestone columns.</summary>
    public bool IsSevere => Conditions.Count > 0;

    /// <summary>True when the item is due at a milestone (in miles) of the document.</summary>
    public bool IsDueAt(int miles)
    {
        var first = FirstMiles;
        if (miles == first)
        {
            return true;
        }

        return !WordingStatesTiming && Every?.Miles is { } step && miles > first && (miles - first) % step == 0;
    }
}
