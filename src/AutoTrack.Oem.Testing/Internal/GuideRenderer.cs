using System.Globalization;
using UglyToad.PdfPig.Writer;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Prints a Toyota-style Warranty &amp; Maintenance Guide: title, one heading per milestone ("15,000 miles or
/// 18 months"), bulleted items (bullet and text as separate runs at different x), then "Additional maintenance items
/// for special operating conditions" with a line per condition ("Towing, ...:") and its items. Milestones flow over
/// several pages, in one column or (<see cref="SampleLayout.Columns"/>) two: the left column top to bottom, then the
/// right one. Text longer than its column (items, the sub-heading, condition lines) wraps onto lines that start where
/// the text starts; a wrapped item or line is kept in one column.
/// </summary>
internal static class GuideRenderer
{
    public const string SpecialHeading = "Additional maintenance items for special operating conditions";
    public const string Intro = "Perform the items listed at each odometer reading or number of months, whichever comes first.";

    /// <summary>The space between two columns (points).</summary>
    public const double Gutter = 24;

    private const double PageWidth = 612;

    public static byte[] Render(SampleSchedule schedule, SampleLayout layout)
    {
        using var writer = new SampleDocumentWriter();
        var size = layout.FontSize;
        var leading = size * layout.LineSpacing;
        var indent = layout.TextIndent;
        var columnWidth = (PageWidth - (2 * layout.LeftMargin) - ((layout.Columns - 1) * Gutter)) / layout.Columns;

        writer.NewPage();
        var y = SampleDocumentWriter.PageTop;
        writer.Text(schedule.Title, size + 4, layout.LeftMargin, y, writer.Bold);
        y -= leading * 1.6;
        writer.Text(Intro, size - 1, layout.LeftMargin, y, writer.Regular);
        y -= leading * 1.6;
        var columnTop = y;
        var column = 0;

        foreach (var (miles, normal, special) in Milestones(schedule))
        {
            // Keep a heading with at least its first item.
            Ensure(3);
            var left = ColumnLeft();
            var months = SampleGrid.MonthsAt(SampleDocumentStyles.ToyotaWarrantyGuide, miles);
            writer.Text(string.Create(CultureInfo.InvariantCulture, $"{miles:N0} miles or {months} months"), size + 1, left, y, writer.Bold);
            y -= leading;
            foreach (var item in normal)
            {
                Item(item.Wording, 0);
            }

            if (special.Count > 0)
            {
                Lines(SpecialHeading, writer.Italic);
                foreach (var group in special)
                {
                    Lines(group.Key + ":", writer.Regular);
                    foreach (var item in group)
                    {
                        Item(item.Wording, indent);
                    }
                }
            }

            y -= leading * 0.6;
        }

        return writer.Build();

        double ColumnLeft() => layout.LeftMargin + (column * (columnWidth + Gutter));

        // A sub-heading or condition line at the item-text indent, wrapped at the column width and kept together.
        void Lines(string text, PdfDocumentBuilder.AddedFont font)
        {
            var lines = Wrap(writer, text, size, columnWidth - indent, font);
            Ensure(lines.Count);
            foreach (var line in lines)
            {
                writer.Text(line, size, ColumnLeft() + indent, y, font);
                y -= leading;
            }
        }

        void Item(string wording, double bulletIndent)
        {
            var textLeft = bulletIndent + indent;
            var lines = Wrap(writer, wording, size, columnWidth - textLeft, writer.Regular);
            Ensure(lines.Count);
            var left = ColumnLeft();
            writer.Text("\u2022", size, left + bulletIndent, y, writer.Regular);
            foreach (var line in lines)
            {
                writer.Text(line, size, left + textLeft, y, writer.Regular);
                y -= leading;
            }
        }

        // Moves to the next column or page unless the next `lines` lines fit above the bottom margin.
        void Ensure(int lines)
        {
            if (y - ((lines - 1) * leading) >= SampleDocumentWriter.PageBottom)
            {
                return;
            }

            if (column + 1 < layout.Columns)
            {
                column++;
                y = columnTop;
                return;
            }

            writer.NewPage();
            column = 0;
            y = columnTop = SampleDocumentWriter.PageTop;
        }
    }

    /// <summary>The milestones that print anything, each with its normal items and its special items grouped by
    /// condition, in print order.</summary>
    public static IEnumerable<(int Miles, List<SampleService> Normal, List<IGrouping<string, SampleService>> Special)> Milestones(SampleSchedule schedule)
    {
        foreach (var miles in SampleGrid.Milestones(SampleDocumentStyles.ToyotaWarrantyGuide))
        {
            var normal = schedule.Services.Where(s => !s.IsSevere && s.IsDueAt(miles)).ToList();
            var special = schedule.Services.Where(s => s.IsSevere && s.IsDueAt(miles))
                .GroupBy(s => s.Conditions[0].Wording, StringComparer.Ordinal).ToList();
            if (normal.Count > 0 || special.Count > 0)
            {
                yield return (miles, normal, special);
            }
        }
    }

    private static List<string> Wrap(SampleDocumentWriter writer, string text, double size, double width, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && writer.Width(candidate, size, font) > width)
            {
                lines.Add(current);
                current = word;
                continue;
            }

            current = candidate;
        }

        lines.Add(current);
        return lines;
    }
}
