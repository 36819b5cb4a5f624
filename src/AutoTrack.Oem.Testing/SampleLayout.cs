namespace AutoTrack.Oem.Testing;

/// <summary>
/// Where and how big the simulator prints sample documents (PDF points, 72 to the inch). The default resembles the
/// printed guides; tests vary it to check that readers rebuild lines and columns from word positions rather than
/// from fixed offsets.
/// </summary>
public sealed record SampleLayout
{
    /// <summary>The layout the simulator uses unless told otherwise.</summary>
    public static SampleLayout Default { get; } = new();

    /// <summary>Milestone guides: body font size.</summary>
    public double FontSize { get; init; } = 10;

    /// <summary>Milestone guides: x of headings and bullets.</summary>
    public double LeftMargin { get; init; } = 72;

    /// <summary>Milestone guides: how far item text sits right of its bullet (bullet at 72, text at 84 by default).</summary>
    public double TextIndent { get; init; } = 12;

    /// <summary>Milestone guides: distance between baselines, as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.4;

    /// <summary>Matrices: font size of table text.</summary>
    public double TableFontSize { get; init; } = 8;

    /// <summary>Matrices: x of the table's left edge.</summary>
    public double TableLeft { get; init; } = 36;

    /// <summary>Matrices: width of the item-name column.</summary>
    public double ItemColumnWidth { get; init; } = 150;

    /// <summary>Matrices: width of each milestone column.</summary>
    public double MilestoneColumnWidth { get; init; } = 24;
}
