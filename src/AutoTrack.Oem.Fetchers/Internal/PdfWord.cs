namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>A word as placed on a PDF page (points, origin bottom-left).</summary>
/// <param name="Text">The word's text.</param>
/// <param name="Left">The left edge of its bounding box.</param>
/// <param name="Right">The right edge of its bounding box.</param>
/// <param name="Baseline">The y of its first letter's baseline.</param>
/// <param name="FontSize">The point size of its first letter.</param>
/// <param name="Italic">Its first letter's font is italic or oblique (by the font's name).</param>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double FontSize, bool Italic = false)
{
    /// <summary>The middle of the word, for assigning it to a table column.</summary>
    public double Centre => (Left + Right) / 2;
}
