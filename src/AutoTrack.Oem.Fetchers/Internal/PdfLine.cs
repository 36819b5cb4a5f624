namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>A text line rebuilt from words that share a baseline, left to right, with each word's position kept.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Row">1-based line number on the page, top to bottom.</param>
/// <param name="Words">The words, sorted by x; never empty.</param>
internal sealed record PdfLine(int Page, int Row, IReadOnlyList<PdfWord> Words)
{
    /// <summary>The words joined with single spaces.</summary>
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The x where the line starts.</summary>
    public double Left => Words[0].Left;

    /// <summary>True when the line's first word is set in an italic or oblique font.</summary>
    public bool Italic => Words[0].Italic;

    /// <summary>The font size of the line's first word.</summary>
    public double FontSize => Words[0].FontSize;

    /// <inheritdoc />
    public override string ToString() => $"p{Page} r{Row}: {Text}";
}
