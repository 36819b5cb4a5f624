namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// Puts the lines of multi-column pages into reading order. A page has two columns when some x in its middle half
/// (the gutter) is crossed by no body word and every line with words right of it leaves a gap of at least
/// <see cref="MinimumGutterFontSizes"/> font sizes there, on at least <see cref="MinimumColumnLines"/> lines.
/// Of several such x, the gutter is crossed by the fewest lines and lies mid-way in the widest run of them.
/// Lines that share a baseline across the gutter are split; lines crossing it (a title, a footer) stay whole. The
/// page then reads: whole lines above the columns, the left column top to bottom, the right column top to bottom,
/// the remaining whole lines. Rows are renumbered in that order. Single-column pages are left as they are.
/// </summary>
internal static class PdfColumns
{
    /// <summary>The narrowest gap (in font sizes) that separates two columns on a line.</summary>
    public const double MinimumGutterFontSizes = 2;

    /// <summary>How many lines each column needs before a page counts as two-column.</summary>
    public const int MinimumColumnLines = 3;

    public static PdfLayout InReadingOrder(PdfLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var lines = new List<PdfLine>();
        foreach (var page in layout.Lines.GroupBy(l => l.Page))
        {
            var pageLines = page.ToList();
            lines.AddRange(Gutter(pageLines) is { } gutter ? Reorder(pageLines, gutter) : pageLines);
        }

        return PdfLayout.FromLines(layout.PageCount, lines);
    }

    /// <summary>The x of the widest gutter of a page, or null for a single-column page.</summary>
    public static double? Gutter(IReadOnlyList<PdfLine> lines)
    {
        var words = lines.SelectMany(l => l.Words).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var left = words.Min(w => w.Left);
        var right = words.Max(w => w.Right);
        var from = left + ((right - left) * 0.25);
        var to = left + ((right - left) * 0.75);

        // Of the x that separate two columns, those crossed by the fewest whole-width lines; of those, the widest run.
        var candidates = new List<(double X, int Crossing)>();
        for (var x = from; x <= to; x += 1)
        {
            if (Crossings(lines, x) is { } crossing)
            {
                candidates.Add((x, crossing));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var fewest = candidates.Min(c => c.Crossing);
        var xs = candidates.Where(c => c.Crossing == fewest).Select(c => c.X).ToList();
        var (bestStart, bestEnd) = (xs[0], xs[0]);
        var runStart = xs[0];
        for (var i = 1; i <= xs.Count; i++)
        {
            if (i < xs.Count && xs[i] - xs[i - 1] <= 1.5)
            {
                continue;
            }

            if (xs[i - 1] - runStart > bestEnd - bestStart)
            {
                (bestStart, bestEnd) = (runStart, xs[i - 1]);
            }

            if (i < xs.Count)
            {
                runStart = xs[i];
            }
        }

        return (bestStart + bestEnd) / 2;
    }

    /// <summary>How many lines cross x when x separates two columns; null when it does not.</summary>
    private static int? Crossings(IReadOnlyList<PdfLine> lines, double x)
    {
        var leftLines = 0;
        var rightLines = 0;
        var crossing = 0;
        foreach (var line in lines)
        {
            if (line.Words.Any(w => w.Left < x && w.Right > x))
            {
                crossing++;
                continue;
            }

            var firstRight = -1;
            for (var i = 0; i < line.Words.Count; i++)
            {
                if (line.Words[i].Left >= x)
                {
                    firstRight = i;
                    break;
                }
            }

            if (firstRight < 0)
            {
                leftLines++;
                continue;
            }

            rightLines++;
            if (firstRight > 0)
            {
                leftLines++;
                var gap = line.Words[firstRight].Left - line.Words[firstRight - 1].Right;
                if (gap < MinimumGutterFontSizes * line.Words[firstRight].FontSize)
                {
                    return null;
                }
            }
        }

        // Whole-width lines (title, footer) may cross the gutter, but they must be the exception.
        return leftLines >= MinimumColumnLines && rightLines >= MinimumColumnLines && crossing * 4 <= lines.Count ? crossing : null;
    }

    private static List<PdfLine> Reorder(List<PdfLine> lines, double gutter)
    {
        var whole = new List<PdfLine>();
        var leftColumn = new List<PdfLine>();
        var rightColumn = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (line.Words.Any(w => w.Left < gutter && w.Right > gutter))
            {
                whole.Add(line);
                continue;
            }

            var leftWords = line.Words.Where(w => w.Right <= gutter).ToList();
            var rightWords = line.Words.Where(w => w.Left >= gutter).ToList();
            if (leftWords.Count > 0)
            {
                leftColumn.Add(new PdfLine(line.Page, line.Row, leftWords));
            }

            if (rightWords.Count > 0)
            {
                rightColumn.Add(new PdfLine(line.Page, line.Row, rightWords));
            }
        }

        var columnTop = leftColumn.Concat(rightColumn).Select(l => l.Row).DefaultIfEmpty(int.MaxValue).Min();
        var ordered = whole.Where(l => l.Row < columnTop)
            .Concat(leftColumn)
            .Concat(rightColumn)
            .Concat(whole.Where(l => l.Row >= columnTop));
        return [.. ordered.Select((l, i) => new PdfLine(l.Page, i + 1, l.Words))];
    }
}
