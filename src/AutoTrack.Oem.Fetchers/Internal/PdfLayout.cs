using UglyToad.PdfPig;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// The text lines of a PDF, rebuilt from PdfPig's words: words whose baselines lie within
/// <see cref="BaselineTolerance"/> points form a line, sorted by x and joined with single spaces. Each word keeps
/// its position (so tables can be split into columns) and each line its page number (provenance).
/// </summary>
internal sealed class PdfLayout
{
    /// <summary>How far apart (points) two baselines may be and still be one line.</summary>
    public const double BaselineTolerance = 3;

    private PdfLayout(int pageCount, IReadOnlyList<PdfLine> lines)
    {
        PageCount = pageCount;
        Lines = lines;
    }

    /// <summary>The number of pages.</summary>
    public int PageCount { get; }

    /// <summary>Every line, page by page, top to bottom.</summary>
    public IReadOnlyList<PdfLine> Lines { get; }

    /// <summary>Reads a PDF's lines. A document PdfPig cannot open yields <see cref="FetchOutcome.ParseError"/>; one
    /// whose pages hold no text at all (a scan) yields <see cref="FetchOutcome.NoTextLayer"/>. Nothing is guessed.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PdfLayoutResult Read(byte[] pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var lines = new List<PdfLine>();
        int pageCount;
        try
        {
            using var document = PdfDocument.Open(pdf);
            pageCount = document.NumberOfPages;
            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var words = page.GetWords()
                    .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                    .Select(w => new PdfWord(
                        w.Text.Trim(),
                        w.BoundingBox.Left,
                        w.BoundingBox.Right,
                        w.Letters.Count > 0 ? w.Letters[0].StartBaseLine.Y : w.BoundingBox.Bottom,
                        w.Letters.Count > 0 ? w.Letters[0].PointSize : w.BoundingBox.Height,
                        w.Letters.Count > 0 && IsItalic(w.Letters[0].FontName)));
                lines.AddRange(BuildLines(number, words));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return PdfLayoutResult.Failed(FetchOutcome.ParseError, $"The document could not be read as a PDF ({ex.GetType().Name}: {ex.Message}).");
        }

        if (pageCount == 0)
        {
            return PdfLayoutResult.Failed(FetchOutcome.ParseError, "The PDF has no pages.");
        }

        if (lines.Count == 0)
        {
            return PdfLayoutResult.Failed(FetchOutcome.NoTextLayer,
                $"The PDF has {pageCount} page(s) but no text layer (image-only or scanned); nothing was read from it.");
        }

        return PdfLayoutResult.Succeeded(new PdfLayout(pageCount, lines));
    }

    /// <summary>Groups one page's words into lines by baseline, top to bottom, each sorted by x.</summary>
    public static IReadOnlyList<PdfLine> BuildLines(int page, IEnumerable<PdfWord> words)
    {
        var groups = new List<List<PdfWord>>();
        var mean = double.NaN;
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            // Compare with the mean baseline of the line so far: small jitter neither splits a line nor drifts it.
            if (groups.Count == 0 || Math.Abs(mean - word.Baseline) > BaselineTolerance)
            {
                groups.Add([word]);
                mean = word.Baseline;
                continue;
            }

            groups[^1].Add(word);
            mean += (word.Baseline - mean) / groups[^1].Count;
        }

        return [.. groups.Select((g, i) => new PdfLine(page, i + 1, [.. g.OrderBy(w => w.Left)]))];
    }

    private static bool IsItalic(string? fontName) =>
        fontName is not null && (fontName.Contains("Italic", StringComparison.OrdinalIgnoreCase) || fontName.Contains("Oblique", StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds a layout from lines already made (tests).</summary>
    public static PdfLayout FromLines(int pageCount, IReadOnlyList<PdfLine> lines) => new(pageCount, lines);
}
