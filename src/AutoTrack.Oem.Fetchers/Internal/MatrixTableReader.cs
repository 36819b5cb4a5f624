using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// Reads a Hyundai-style maintenance matrix. The milestone header is a block of lines, each a label with a unit
/// followed by one number per column ("Miles x 1,000 7.5 15 22.5 ...", then "Months 6 12 18 ..."). Columns are
/// placed from the header words' x extents (numbers may be right-aligned and start left of the column's centre);
/// each cell word goes to the nearest column centre and words left of the first column form the item name.
/// Cells become <see cref="RawCell"/>s headed "Miles x 1,000 / 7.5 / Months / 6". The severe usage table is found
/// by its header line ("Maintenance item", "Maintenance operation", "Maintenance interval", "Driving condition",
/// split where the gaps between words are wide); each row's words go to the column whose header starts at or left
/// of them. Legend lines ("I : Inspect ...", "*1 : AWD models only", "A : ...") fill the legend. The line above a
/// table (its caption) is the items' <see cref="RawScheduleItem.Section"/>. A milestone table may continue on the
/// following pages, with its header rows repeated there or not; its rows keep their page in
/// <see cref="SourceLocation"/> and are numbered from 1 on each page. A footnote mark after an item name ("Rear
/// differential oil *1") is dropped from the name when the row's cells carry it ("R*1"): the normalizer reads the
/// footnote from the cells through the legend.
/// </summary>
internal static partial class MatrixTableReader
{
    public static LayoutReading Read(PdfLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var lines = layout.Lines.Where(l => !PageFurniture.IsFurniture(l)).ToList();
        var title = lines.FirstOrDefault(l => l.Page == 1);
        var items = new List<RawScheduleItem>();
        var legend = new Dictionary<string, string>(StringComparer.Ordinal);
        var matrices = 0;
        var i = 0;
        while (i < lines.Count)
        {
            var caption = i > 0 && lines[i - 1].Page == lines[i].Page && !ReferenceEquals(lines[i - 1], title) ? lines[i - 1].Text : null;
            if (MilestoneHeader(lines, i) is { } header)
            {
                matrices++;
                i = ReadMatrixRows(lines, i + header.LineCount, header.Columns, caption, items);
                continue;
            }

            if (SevereHeader(lines[i]) is { } severeColumns)
            {
                i = ReadSevereRows(lines, i + 1, severeColumns, caption, items);
                continue;
            }

            if (LegendLine().Match(lines[i].Text) is { Success: true } entry)
            {
                legend.TryAdd(entry.Groups["symbol"].Value, entry.Groups["meaning"].Value.Trim());
            }

            i++;
        }

        if (matrices == 0)
        {
            return LayoutReading.Drift("No milestone header row (a \"Miles x 1,000\" line followed by milestone numbers) was found; the document is not a maintenance matrix in the expected layout.");
        }

        if (items.Count == 0)
        {
            return LayoutReading.Drift("A milestone header row was found but no item rows with cells under it.");
        }

        return new LayoutReading(items, title?.Text, legend);
    }

    private static int ReadMatrixRows(List<PdfLine> lines, int start, List<MatrixColumn> columns, string? section, List<RawScheduleItem> items)
    {
        var page = lines[start - 1].Page;
        var row = 0;
        var i = start;
        for (; i < lines.Count && !EndsTable(lines, i, columns); i++)
        {
            var line = lines[i];
            if (line.Page != page)
            {
                // The table may continue on the next page, with its header rows repeated or not.
                if (!ContinuesOnPage(lines, i, columns))
                {
                    break;
                }

                (page, row) = (line.Page, 0);
            }

            if (MilestoneHeader(lines, i) is { } repeated)
            {
                columns = repeated.Columns;
                i += repeated.LineCount - 1;
                continue;
            }

            var nameBoundary = NameBoundary(columns);
            if (!IsRow(line, columns))
            {
                // A caption running into the columns ("Normal maintenance schedule (continued)") is not a row.
                continue;
            }

            var cells = line.Words.Where(w => w.Centre >= nameBoundary)
                .GroupBy(w => Nearest(columns, w.Centre))
                .OrderBy(g => g.Key)
                .Select(g => new RawCell(columns[g.Key].Header, string.Join(' ', g.Select(w => w.Text))))
                .ToList();
            var name = ItemName(string.Join(' ', line.Words.Where(w => w.Centre < nameBoundary).Select(w => w.Text)), cells);
            if (name.Length == 0 || cells.Count == 0)
            {
                continue;
            }

            row++;
            items.Add(new RawScheduleItem(name) { Section = section, Cells = cells, Location = new SourceLocation(line.Page, row) });
        }

        return i;
    }

    /// <summary>The x left of which words belong to the item name: half a column pitch left of the first column's centre.</summary>
    private static double NameBoundary(List<MatrixColumn> columns) => columns[0].Centre - (Pitch(columns) / 2);

    /// <summary>The mean distance between neighbouring column centres (one column: its width).</summary>
    private static double Pitch(List<MatrixColumn> columns) =>
        columns.Count > 1 ? (columns[^1].Centre - columns[0].Centre) / (columns.Count - 1) : columns[0].Right - columns[0].Left;

    private static bool SameHeaders(List<MatrixColumn> found, List<MatrixColumn> columns) =>
        found.Select(c => c.Header).SequenceEqual(columns.Select(c => c.Header), StringComparer.Ordinal);

    /// <summary>True when the page starting at <paramref name="start"/> goes on with the table: one of its first
    /// <see cref="ContinuationLookahead"/> lines is the same header repeated or a row (<see cref="IsRow"/>).</summary>
    private static bool ContinuesOnPage(List<PdfLine> lines, int start, List<MatrixColumn> columns)
    {
        for (var i = start; i < lines.Count && i < start + ContinuationLookahead && lines[i].Page == lines[start].Page; i++)
        {
            if (MilestoneHeader(lines, i) is { } header)
            {
                return SameHeaders(header.Columns, columns);
            }

            if (IsRow(lines[i], columns) && lines[i].Words.Any(w => w.Centre >= NameBoundary(columns)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many lines at the top of a page may precede a continued table (a "continued" caption, a running head).</summary>
    private const int ContinuationLookahead = 3;

    /// <summary>True unless a word under the milestone columns is longer than a cell mark ("R*1", "I/R") or lies
    /// between two columns rather than in one.</summary>
    private static bool IsRow(PdfLine line, List<MatrixColumn> columns)
    {
        var nameBoundary = NameBoundary(columns);
        var pitch = Pitch(columns);
        return line.Words.Where(w => w.Centre >= nameBoundary)
            .All(w => w.Text.Length <= MaximumCellMarkLength && Math.Abs(columns[Nearest(columns, w.Centre)].Centre - w.Centre) <= pitch / 2);
    }

    private const int MaximumCellMarkLength = 5;

    /// <summary>The item name without a trailing footnote mark ("Rear differential oil *1") when a cell of the row
    /// carries the same mark ("R*1"), so the footnote still reaches the normalizer through the cell.</summary>
    private static string ItemName(string name, List<RawCell> cells)
    {
        if (TrailingMark().Match(name) is { Success: true } mark
            && cells.Any(c => c.Value.EndsWith(mark.Groups["mark"].Value, StringComparison.Ordinal)))
        {
            return name[..mark.Index].TrimEnd();
        }

        return name;
    }

    private static int ReadSevereRows(List<PdfLine> lines, int start, List<MatrixColumn> columns, string? section, List<RawScheduleItem> items)
    {
        var page = lines[start - 1].Page;
        var row = 0;
        var i = start;
        for (; i < lines.Count && lines[i].Page == page && !EndsTable(lines, i); i++)
        {
            var texts = new List<string>[columns.Count];
            foreach (var word in lines[i].Words)
            {
                var column = 0;
                for (var c = 1; c < columns.Count; c++)
                {
                    if (columns[c].Left <= word.Left + 2)
                    {
                        column = c;
                    }
                }

                (texts[column] ??= []).Add(word.Text);
            }

            if (texts[0] is null)
            {
                continue;
            }

            var cells = Enumerable.Range(1, columns.Count - 1)
                .Where(c => texts[c] is not null)
                .Select(c => new RawCell(columns[c].Header, string.Join(' ', texts[c])))
                .ToList();
            row++;
            var name = ItemName(string.Join(' ', texts[0]), cells);
            items.Add(new RawScheduleItem(name) { Section = section, Cells = cells, Location = new SourceLocation(lines[i].Page, row) });
        }

        return i;
    }

    private static bool EndsTable(List<PdfLine> lines, int i) =>
        LegendLine().IsMatch(lines[i].Text) || MilestoneHeader(lines, i) is not null || SevereHeader(lines[i]) is not null;

    /// <summary>A legend, a severe usage header or a milestone header other than the table's own ends a milestone
    /// table. A header at the top of a new page is left to <see cref="ContinuesOnPage"/>.</summary>
    private static bool EndsTable(List<PdfLine> lines, int i, List<MatrixColumn> columns) =>
        LegendLine().IsMatch(lines[i].Text) || SevereHeader(lines[i]) is not null
        || (MilestoneHeader(lines, i) is { } header && lines[i].Page == lines[i - 1].Page && !SameHeaders(header.Columns, columns));

    private static int Nearest(List<MatrixColumn> columns, double x)
    {
        var best = 0;
        for (var c = 1; c < columns.Count; c++)
        {
            if (Math.Abs(columns[c].Centre - x) < Math.Abs(columns[best].Centre - x))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>A block of header lines starting at <paramref name="start"/>: each a unit label and the same number of
    /// milestone numbers; at least one of them in miles or kilometres.</summary>
    private static (int LineCount, List<MatrixColumn> Columns)? MilestoneHeader(List<PdfLine> lines, int start)
    {
        var block = new List<(string Label, IReadOnlyList<PdfWord> Numbers)>();
        for (var i = start; i < lines.Count && lines[i].Page == lines[start].Page; i++)
        {
            if (HeaderLine(lines[i]) is not { } header || (block.Count > 0 && header.Numbers.Count != block[0].Numbers.Count))
            {
                break;
            }

            block.Add(header);
        }

        if (block.Count == 0 || !block.Any(b => DistanceUnit().IsMatch(b.Label)))
        {
            return null;
        }

        var columns = Enumerable.Range(0, block[0].Numbers.Count)
            .Select(c => new MatrixColumn(
                string.Join(" / ", block.SelectMany(b => new[] { b.Label, b.Numbers[c].Text })),
                block.Min(b => b.Numbers[c].Left),
                block.Max(b => b.Numbers[c].Right)))
            .ToList();
        return (block.Count, columns);
    }

    /// <summary>"Miles x 1,000 7.5 15 22.5": a label naming a unit, then two or more numbers. A number right after
    /// "x" belongs to the label.</summary>
    private static (string Label, IReadOnlyList<PdfWord> Numbers)? HeaderLine(PdfLine line)
    {
        var words = line.Words;
        var first = words.Count;
        while (first > 0 && Number().IsMatch(words[first - 1].Text))
        {
            first--;
        }

        if (first > 0 && first < words.Count && words[first - 1].Text is "x" or "X" or "\u00D7" or "(x")
        {
            first++;
        }

        if (first == 0 || words.Count - first < 2)
        {
            return null;
        }

        var label = string.Join(' ', words.Take(first).Select(w => w.Text));
        return AnyUnit().IsMatch(label) ? (label, words.Skip(first).ToList()) : null;
    }

    /// <summary>A severe usage table header: three or more column titles separated by wide gaps, starting with the
    /// item column and naming an interval column.</summary>
    private static List<MatrixColumn>? SevereHeader(PdfLine line)
    {
        if (!SevereHeaderText().IsMatch(line.Text))
        {
            return null;
        }

        var columns = new List<MatrixColumn>();
        var words = new List<PdfWord> { line.Words[0] };
        for (var i = 1; i <= line.Words.Count; i++)
        {
            if (i == line.Words.Count || line.Words[i].Left - line.Words[i - 1].Right > 0.9 * line.Words[i - 1].FontSize)
            {
                columns.Add(new MatrixColumn(string.Join(' ', words.Select(w => w.Text)), words[0].Left, words[^1].Right));
                if (i < line.Words.Count)
                {
                    words = [line.Words[i]];
                }

                continue;
            }

            words.Add(line.Words[i]);
        }

        return columns.Count >= 3 ? columns : null;
    }

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\s(?<mark>\*\d{1,2}|\(\d{1,2}\)|[\u2020\u2021])$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMark();

    [GeneratedRegex(@"\b(?:miles?|mi|km|kilomet(?:er|re)s?|months?|mos?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyUnit();

    [GeneratedRegex(@"\b(?:miles?|mi|km|kilomet(?:er|re)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistanceUnit();

    [GeneratedRegex(@"^(?:maintenance\s+)?items?\b.*\binterval\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SevereHeaderText();

    [GeneratedRegex(@"^(?<symbol>\*\d{1,2}|\(\d{1,2}\)|[A-Z]{1,2}\*?)\s*:\s*(?<meaning>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LegendLine();
}
