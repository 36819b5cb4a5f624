using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Lays a Toyota-style milestone guide out as a spreadsheet for LibreOffice: a portrait sheet whose two narrow
/// columns hold the bullets (<see cref="SampleLayout.TextIndent"/> wide) and whose wide third column holds the text;
/// headings and longer lines run on over empty cells; LibreOffice breaks the pages. Same content as
/// <see cref="GuideRenderer"/>, in one column.
/// </summary>
internal static class SpreadsheetGuide
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;

    public static byte[] Write(SampleSchedule schedule, SampleLayout layout)
    {
        var size = layout.FontSize;
        var leading = size * layout.LineSpacing;
        var indent = layout.TextIndent;
        var text = new CellLook(size);
        var bullet = new SheetCell("\u2022", text);

        var document = new FlatSpreadsheet(PageWidth, PageHeight, layout.LeftMargin);
        var sheet = document.AddSheet("Guide", [indent, indent, PageWidth - (2 * layout.LeftMargin) - (2 * indent)]);
        sheet.Row(leading * 1.6, new SheetCell(schedule.Title, new CellLook(size + 4, Bold: true)));
        sheet.Row(leading * 1.6, new SheetCell(GuideRenderer.Intro, new CellLook(size - 1)));
        foreach (var (miles, normal, special) in GuideRenderer.Milestones(schedule))
        {
            var months = SampleGrid.MonthsAt(SampleDocumentStyles.ToyotaWarrantyGuide, miles);
            sheet.Row(leading, new SheetCell(string.Create(CultureInfo.InvariantCulture, $"{miles:N0} miles or {months} months"), new CellLook(size + 1, Bold: true)));
            foreach (var item in normal)
            {
                sheet.Row(leading, bullet, new SheetCell(item.Wording, text));
            }

            if (special.Count > 0)
            {
                sheet.Row(leading, null, new SheetCell(GuideRenderer.SpecialHeading, new CellLook(size, Italic: true)));
                foreach (var group in special)
                {
                    sheet.Row(leading, null, new SheetCell(group.Key + ":", text));
                    foreach (var item in group)
                    {
                        sheet.Row(leading, null, bullet, new SheetCell(item.Wording, text));
                    }
                }
            }

            sheet.Space(leading * 0.6);
        }

        return document.ToBytes();
    }
}
