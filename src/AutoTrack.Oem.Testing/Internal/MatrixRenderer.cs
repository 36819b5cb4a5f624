using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Prints a Hyundai-style maintenance matrix: item rows against milestone columns with a two-row header ("Miles
/// x 1,000" over "Months", numbers right-aligned in their columns), I/R letters centred in the cells (with footnote
/// marks such as "R*1"), the legend under the table, and on a second page the "Maintenance under severe usage
/// conditions" table with its condition legend.
/// </summary>
internal static class MatrixRenderer
{
    public const string NormalCaption = "Normal maintenance schedule";
    public const string SevereCaption = "Maintenance under severe usage conditions";
    public const string Intro = "Perform the services marked in the table at each interval, whichever comes first.";
    public const string MilesLabel = "Miles x 1,000";
    public const string MonthsLabel = "Months";
    public const string InspectLegend = "I : Inspect and if necessary adjust, correct, clean or replace";
    public const string ReplaceLegend = "R : Replace or change";

    public static readonly string[] SevereHeaders = ["Maintenance item", "Maintenance operation", "Maintenance interval", "Driving condition"];

    public static byte[] Render(SampleSchedule schedule, SampleLayout layout)
    {
        using var writer = new SampleDocumentWriter();
        var size = layout.TableFontSize;
        var rowHeight = size * 1.9;
        var left = layout.TableLeft;
        var width = layout.MilestoneColumnWidth;
        var columnsLeft = left + layout.ItemColumnWidth;
        var milestones = SampleGrid.Milestones(SampleDocumentStyles.HyundaiMatrix).ToList();
        var right = columnsLeft + (milestones.Count * width);
        var marks = FootnoteMarks(schedule);

        writer.NewPage();
        var y = SampleDocumentWriter.PageTop;
        writer.Text(schedule.Title, size + 4, left, y, writer.Bold);
        y -= rowHeight * 1.5;
        writer.Text(Intro, size, left, y, writer.Regular);
        y -= rowHeight * 1.5;
        writer.Text(NormalCaption, size + 1, left, y, writer.Bold);
        y -= rowHeight * 1.2;

        y = Header(writer, y);

        var printed = 0;
        foreach (var row in NormalRows(schedule))
        {
            if (layout.MatrixRowsPerPage is { } perPage && printed > 0 && printed % perPage == 0)
            {
                // The table continues on the next page, with or without its header rows.
                writer.NewPage();
                y = SampleDocumentWriter.PageTop;
                writer.Text(NormalCaption + " (continued)", size + 1, left, y, writer.Bold);
                y -= rowHeight * 1.2;
                y = layout.RepeatMatrixHeader ? Header(writer, y) : y;
            }

            printed++;
            var mark = MarkOf(row, marks);
            writer.Text(Join(row.Key, mark), size, left + 2, y, writer.Regular);
            for (var c = 0; c < milestones.Count; c++)
            {
                var due = row.FirstOrDefault(s => s.IsDueAt(milestones[c]));
                if (due is null)
                {
                    continue;
                }

                var cell = Letter(due.Action) + mark;
                var cellWidth = writer.Width(cell, size, writer.Regular);
                writer.Text(cell, size, columnsLeft + (c * width) + ((width - cellWidth) / 2), y, writer.Regular);
            }

            writer.Rule(left, right, y - (rowHeight * 0.4));
            y -= rowHeight;
        }

        y -= rowHeight * 0.5;
        writer.Text(InspectLegend, size, left, y, writer.Regular);
        y -= rowHeight;
        writer.Text(ReplaceLegend, size, left, y, writer.Regular);
        foreach (var (footnote, mark) in marks.OrderBy(m => m.Value, StringComparer.Ordinal))
        {
            y -= rowHeight;
            writer.Text($"{mark} : {footnote}", size, left, y, writer.Regular);
        }

        var severe = schedule.Services.Where(s => s.IsSevere).ToList();
        if (severe.Count > 0)
        {
            SevereTable(writer, severe, marks, layout);
        }

        return writer.Build();

        double Header(SampleDocumentWriter w, double baseline)
        {
            w.Rule(left, right, baseline + (rowHeight * 0.6));
            HeaderRow(w, MilesLabel, milestones.Select(MilesHeading), baseline);
            baseline -= rowHeight;
            HeaderRow(w, MonthsLabel, milestones.Select(MonthsHeading), baseline);
            w.Rule(left, right, baseline - (rowHeight * 0.4));
            return baseline - rowHeight;
        }

        void HeaderRow(SampleDocumentWriter w, string label, IEnumerable<string> numbers, double baseline)
        {
            w.Text(label, size, left + 2, baseline, w.Bold);
            var c = 0;
            foreach (var number in numbers)
            {
                var numberWidth = w.Width(number, size, w.Bold);
                w.Text(number, size, columnsLeft + ((c + 1) * width) - 2 - numberWidth, baseline, w.Bold);
                c++;
            }
        }
    }

    private static void SevereTable(SampleDocumentWriter writer, List<SampleService> rows, Dictionary<string, string> marks, SampleLayout layout)
    {
        var size = layout.TableFontSize;
        var rowHeight = size * 1.9;
        var left = layout.TableLeft;
        double[] columns = [left + 2, left + layout.ItemColumnWidth, left + layout.ItemColumnWidth + 100, left + layout.ItemColumnWidth + 250];
        var right = left + layout.ItemColumnWidth + 250 + 150;

        writer.NewPage();
        var y = SampleDocumentWriter.PageTop;
        writer.Text(SevereCaption, size + 1, left, y, writer.Bold);
        y -= rowHeight * 1.5;
        var headers = SevereHeaders;
        for (var i = 0; i < headers.Length; i++)
        {
            writer.Text(headers[i], size, columns[i], y, writer.Bold);
        }

        var operationCentre = columns[1] + (writer.Width(headers[1], size, writer.Bold) / 2);
        writer.Rule(left, right, y - (rowHeight * 0.4));
        y -= rowHeight;
        foreach (var row in rows)
        {
            var mark = row.Footnote is { } footnote ? marks[footnote] : string.Empty;
            var operation = Letter(row.Action) + mark;
            writer.Text(Join(row.Wording, mark), size, columns[0], y, writer.Regular);
            writer.Text(operation, size, operationCentre - (writer.Width(operation, size, writer.Regular) / 2), y, writer.Regular);
            writer.Text(IntervalText(row.Every!), size, columns[2], y, writer.Regular);
            writer.Text(string.Join(", ", row.Conditions.Select(c => c.Letter)), size, columns[3], y, writer.Regular);
            writer.Rule(left, right, y - (rowHeight * 0.4));
            y -= rowHeight;
        }

        y -= rowHeight * 0.5;
        foreach (var condition in rows.SelectMany(r => r.Conditions).DistinctBy(c => c.Letter).OrderBy(c => c.Letter, StringComparer.Ordinal))
        {
            writer.Text($"{condition.Letter} : {condition.Wording}", size, left, y, writer.Regular);
            y -= rowHeight;
        }
    }

    public static string MilesHeading(int miles) => (miles / 1000d).ToString("0.#", CultureInfo.InvariantCulture);

    public static string MonthsHeading(int miles) => SampleGrid.MonthsAt(SampleDocumentStyles.HyundaiMatrix, miles).ToString(CultureInfo.InvariantCulture);

    /// <summary>The normal schedule's rows: one per wording, each with its services (an item inspected and replaced
    /// prints one row with both letters).</summary>
    public static IEnumerable<IGrouping<string, SampleService>> NormalRows(SampleSchedule schedule) =>
        schedule.Services.Where(s => !s.IsSevere).GroupBy(s => s.Wording, StringComparer.Ordinal);

    /// <summary>The footnote mark a row carries ("*1"), or empty.</summary>
    public static string MarkOf(IEnumerable<SampleService> row, Dictionary<string, string> marks) =>
        row.Select(s => s.Footnote).FirstOrDefault(f => f is not null) is { } footnote ? marks[footnote] : string.Empty;

    public static Dictionary<string, string> FootnoteMarks(SampleSchedule schedule)
    {
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var footnote in schedule.Services.Where(s => !s.IsSevere).Concat(schedule.Services.Where(s => s.IsSevere))
            .Select(s => s.Footnote).OfType<string>())
        {
            if (!marks.ContainsKey(footnote))
            {
                marks[footnote] = string.Create(CultureInfo.InvariantCulture, $"*{marks.Count + 1}");
            }
        }

        return marks;
    }

    public static string Join(string wording, string mark) => mark.Length == 0 ? wording : $"{wording} {mark}";

    public static string Letter(ServiceAction action) => action == ServiceAction.Inspect ? "I" : "R";

    public static string IntervalText(ServiceInterval every) => (every.Miles, every.Months) switch
    {
        ({ } miles, { } months) => string.Create(CultureInfo.InvariantCulture, $"Every {miles:N0} miles or {months} months"),
        ({ } miles, null) => string.Create(CultureInfo.InvariantCulture, $"Every {miles:N0} miles"),
        (null, { } months) => string.Create(CultureInfo.InvariantCulture, $"Every {months} months"),
        _ => throw new ArgumentException("An interval needs miles or months.", nameof(every)),
    };
}
