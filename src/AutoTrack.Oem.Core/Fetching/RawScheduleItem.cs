namespace AutoTrack.Oem;

/// <summary>
/// One thing a source said about maintenance, before any interpretation. A fetcher fills only what the
/// source shows; the normalizer decides what it means.
/// </summary>
/// <remarks>
/// The shapes OEMs use map onto the fields like this:
/// <list type="bullet">
/// <item>a sentence ("Replace engine oil every 10,000 miles or 12 months") - <see cref="Text"/> only;</item>
/// <item>a milestone list entry ("Rotate tires" under "15,000 miles or 18 months") - <see cref="Text"/> plus <see cref="Milestone"/>;</item>
/// <item>a matrix row ("Engine oil" with "R" under each column) - <see cref="Text"/> plus <see cref="Cells"/>;</item>
/// <item>anything under a heading ("Special operating conditions", "Maintenance Minder") - <see cref="Section"/>.</item>
/// </list>
/// </remarks>
public sealed record RawScheduleItem
{
    /// <summary>Creates an item from its original text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public RawScheduleItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The item's original wording (a sentence, a list entry or a table row's first cell).</summary>
    public string Text { get; }

    /// <summary>The heading(s) the item sits under, outermost first, joined with " / ".</summary>
    public string? Section { get; init; }

    /// <summary>For milestone lists: the visit heading the item is listed under ("30,000 miles or 36 months").</summary>
    public string? Milestone { get; init; }

    /// <summary>For matrix tables: the row's other cells with their column headers.</summary>
    public IReadOnlyList<RawCell> Cells { get; init; } = [];

    /// <summary>Where the item was read.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <inheritdoc />
    public override string ToString() => Milestone is null ? Text : $"{Milestone}: {Text}";
}
