namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Lays a Hyundai-style matrix out as a spreadsheet for LibreOffice: a landscape sheet with the item-name column and
/// one narrow column per milestone (header numbers right-aligned, I/R letters centred, a rule under each row), the
/// legend under the table, and a second sheet (so a second page) with the severe usage table. With
/// <see cref="SampleLayout.MatrixRowsPerPage"/> the table breaks onto new pages, where LibreOffice repeats the two
/// header rows when <see cref="SampleLayout.RepeatMatrixHeader"/> is set. Same content as <see cref="MatrixRenderer"/>.
/// </summary>
internal static class SpreadsheetMatrix
{
    private const double PageWidth = 792;
    private const double PageHeight = 612;

    public static byte[] Write(SampleSchedule schedule, SampleLayout layout)
    {
        var size = layout.TableFontSize;
        var rowHeight = size * 1.9;
        var milestones = SampleGrid.Milestones(SampleDocumentStyles.HyundaiMatrix).ToList();
        var marks = MatrixRenderer.FootnoteMarks(schedule);
        var text = new CellLook(size);
        var bold = new CellLook(size, Bold: true);
        var number = new CellLook(size, Bold: true, Align: CellAlign.End);
        var ruled = new CellLook(size, RuleBelow: true);
        var ruledNumber = number with { RuleBelow = true };
        var ruledLetter = new CellLook(size, Align: CellAlign.Centre, RuleBelow: true);

        var document = new FlatSpreadsheet(PageWidth, PageHeight, layout.TableLeft);
        var sheet = document.AddSheet("Normal", [layout.ItemColumnWidth, .. milestones.Select(_ => layout.MilestoneColumnWidth)]);
        sheet.Row(rowHeight * 1.5, new SheetCell(schedule.Title, new CellLook(size + 4, Bold: true)));
        sheet.Row(rowHeight * 1.5, new SheetCell(MatrixRenderer.Intro, text));
        sheet.Row(rowHeight * 1.2, new SheetCell(MatrixRenderer.NormalCaption, new CellLook(size + 1, Bold: true)));
        var repeat = layout.RepeatMatrixHeader;
        sheet.Rows.Add(new SheetRow(rowHeight, [new SheetCell(MatrixRenderer.MilesLabel, bold), .. milestones.Select(m => new SheetCell(MatrixRenderer.MilesHeading(m), number))])
            { RepeatedHeader = repeat });
        sheet.Rows.Add(new SheetRow(rowHeight, [new SheetCell(MatrixRenderer.MonthsLabel, bold with { RuleBelow = true }), .. milestones.Select(m => new SheetCell(MatrixRenderer.MonthsHeading(m), ruledNumber))])
            { RepeatedHeader = repeat });

        var printed = 0;
        foreach (var row in MatrixRenderer.NormalRows(schedule))
        {
            var mark = MatrixRenderer.MarkOf(row, marks);
            var cells = milestones.Select(m => row.FirstOrDefault(s => s.IsDueAt(m)) is { } due
                ? new SheetCell(MatrixRenderer.Letter(due.Action) + mark, ruledLetter)
                : new SheetCell(string.Empty, ruledLetter));
            var breaks = layout.MatrixRowsPerPage is { } perPage && printed > 0 && printed % perPage == 0;
            sheet.Rows.Add(new SheetRow(rowHeight, [new SheetCell(MatrixRenderer.Join(row.Key, mark), ruled), .. cells]) { PageBreakBefore = breaks });
            printed++;
        }

        sheet.Space(rowHeight * 0.5);
        sheet.Row(rowHeight, new SheetCell(MatrixRenderer.InspectLegend, text));
        sheet.Row(rowHeight, new SheetCell(MatrixRenderer.ReplaceLegend, text));
        foreach (var (footnote, mark) in marks.OrderBy(m => m.Value, StringComparer.Ordinal))
        {
            sheet.Row(rowHeight, new SheetCell($"{mark} : {footnote}", text));
        }

        var severe = schedule.Services.Where(s => s.IsSevere).ToList();
        if (severe.Count > 0)
        {
            SevereSheet(document, severe, marks, layout);
        }

        return document.ToBytes();
    }

    private static void SevereSheet(FlatSpreadsheet document, List<SampleService> rows, Dictionary<string, string> marks, SampleLayout layout)
    {
        var size = layout.TableFontSize;
        var rowHeight = size * 1.9;
        var text = new CellLook(size);
        var ruled = new CellLook(size, RuleBelow: true);
        var sheet = document.AddSheet("Severe", [layout.ItemColumnWidth, 100, 150, 150]);
        sheet.Row(rowHeight * 1.5, new SheetCell(MatrixRenderer.SevereCaption, new CellLook(size + 1, Bold: true)));
        sheet.Row(rowHeight, [.. MatrixRenderer.SevereHeaders.Select(h => new SheetCell(h, new CellLook(size, Bold: true, RuleBelow: true)))]);
        foreach (var row in rows)
        {
            var mark = row.Footnote is { } footnote ? marks[footnote] : string.Empty;
            sheet.Row(rowHeight,
                new SheetCell(MatrixRenderer.Join(row.Wording, mark), ruled),
                new SheetCell(MatrixRenderer.Letter(row.Action) + mark, ruled),
                new SheetCell(MatrixRenderer.IntervalText(row.Every!), ruled),
                new SheetCell(string.Join(", ", row.Conditions.Select(c => c.Letter)), ruled));
        }

        sheet.Space(rowHeight * 0.5);
        foreach (var condition in rows.SelectMany(r => r.Conditions).DistinctBy(c => c.Letter).OrderBy(c => c.Letter, StringComparer.Ordinal))
        {
            sheet.Row(rowHeight, new SheetCell($"{condition.Letter} : {condition.Wording}", text));
        }
    }
}
