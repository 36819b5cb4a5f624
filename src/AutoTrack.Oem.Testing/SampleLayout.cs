namespace AutoTrack.Oem.Testing;

/// <summary>
/// Where and how big the simulator prints sample documents (PDF points, 72 to the inch). The default resembles the
/// printed guides; tests vary it to check that readers rebuild lines and columns from word positions rather than
/// from fixed offsets, read two-column pages in column order and follow tables across pages.
/// </summary>
public sealed record SampleLayout
{
    private readonly int _columns = 1;
    private readonly int? _matrixRowsPerPage;

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

    /// <summary>Milestone guides: 1 (the default) or 2 text columns per page. With 2, each page fills its left column
    /// top to bottom, then its right column, and text wraps at the column width (milestone headings excepted).
    /// <see cref="SamplePdfProducer.LibreOffice"/> prints one column only.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 1 or 2.</exception>
    public int Columns
    {
        get => _columns;
        init => _columns = value is 1 or 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A guide is printed in 1 or 2 columns.");
    }

    /// <summary>Matrices: font size of table text.</summary>
    public double TableFontSize { get; init; } = 8;

    /// <summary>Matrices: x of the table's left edge.</summary>
    public double TableLeft { get; init; } = 36;

    /// <summary>Matrices: width of the item-name column.</summary>
    public double ItemColumnWidth { get; init; } = 150;

    /// <summary>Matrices: width of each milestone column.</summary>
    public double MilestoneColumnWidth { get; init; } = 24;

    /// <summary>Matrices: how many item rows of the milestone table a page holds before the table continues on the
    /// next page; null (the default) prints the whole table on one page.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MatrixRowsPerPage
    {
        get => _matrixRowsPerPage;
        init => _matrixRowsPerPage = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A page holds at least one row.");
    }

    /// <summary>Matrices: whether a table continued on a new page repeats its milestone header rows there (the
    /// default) or goes straight on with item rows. Real guides do both.</summary>
    public bool RepeatMatrixHeader { get; init; } = true;
}
