using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Prints a Toyota-style Warranty &amp; Maintenance Guide: title, one heading per milestone ("15,000 miles or
/// 18 months"), bulleted items (bullet and text as separate runs at different x), then "Additional maintenance items
/// for special operating conditions" with a line per condition ("Towing, ...:") and its items. Milestones flow over
/// several pages.
/// </summary>
internal static class GuideRenderer
{
    public const string SpecialHeading = "Additional maintenance items for special operating conditions";

    public static byte[] Render(SampleSchedule schedule, SampleLayout layout)
    {
        using var writer = new SampleDocumentWriter();
        var size = layout.FontSize;
        var leading = size * layout.LineSpacing;
        var left = layout.LeftMargin;
        var indent = layout.TextIndent;

        writer.NewPage();
        var y = SampleDocumentWriter.PageTop;
        writer.Text(schedule.Title, size + 4, left, y, writer.Bold);
        y -= leading * 1.6;
        writer.Text("Perform the items listed at each odometer reading or number of months, whichever comes first.", size - 1, left, y, writer.Regular);
        y -= leading * 1.6;

        foreach (var miles in SampleGrid.Milestones(SampleDocumentStyles.ToyotaWarrantyGuide))
        {
            var normal = schedule.Services.Where(s => !s.IsSevere && s.IsDueAt(miles)).ToList();
            var special = schedule.Services.Where(s => s.IsSevere && s.IsDueAt(miles))
                .GroupBy(s => s.Conditions[0].Wording, StringComparer.Ordinal).ToList();
            if (normal.Count == 0 && special.Count == 0)
            {
                continue;
            }

            // Keep a heading with at least its first item.
            if (y - (2 * leading) < SampleDocumentWriter.PageBottom)
            {
                writer.NewPage();
                y = SampleDocumentWriter.PageTop;
            }

            var months = SampleGrid.MonthsAt(SampleDocumentStyles.ToyotaWarrantyGuide, miles);
            writer.Text(string.Create(CultureInfo.InvariantCulture, $"{miles:N0} miles or {months} months"), size + 1, left, y, writer.Bold);
            y -= leading;
            foreach (var item in normal)
            {
                y = NextLine(writer, y);
                writer.Text("\u2022", size, left, y, writer.Regular);
                writer.Text(item.Wording, size, left + indent, y, writer.Regular);
                y -= leading;
            }

            if (special.Count > 0)
            {
                y = NextLine(writer, y);
                writer.Text(SpecialHeading, size, left + indent, y, writer.Italic);
                y -= leading;
                foreach (var group in special)
                {
                    y = NextLine(writer, y);
                    writer.Text(group.Key + ":", size, left + indent, y, writer.Regular);
                    y -= leading;
                    foreach (var item in group)
                    {
                        y = NextLine(writer, y);
                        writer.Text("\u2022", size, left + indent, y, writer.Regular);
                        writer.Text(item.Wording, size, left + (2 * indent), y, writer.Regular);
                        y -= leading;
                    }
                }
            }

            y -= leading * 0.6;
        }

        return writer.Build();
    }

    private static double NextLine(SampleDocumentWriter writer, double y)
    {
        if (y < SampleDocumentWriter.PageBottom)
        {
            writer.NewPage();
            return SampleDocumentWriter.PageTop;
        }

        return y;
    }
}
