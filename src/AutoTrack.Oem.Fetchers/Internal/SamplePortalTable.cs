using AngleSharp.Dom;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// The sample portal's maintenance table (table#maintenance-schedule with the columns Service, Interval, Driving
/// conditions, Note): each row is read as the sentence the portal means ("Replace engine oil and filter. Every
/// 10,000 miles or 12 months. (AWD models only)") under the section "Normal schedule", or "Special operating
/// conditions / {conditions}" when the row names driving conditions. Columns are found by their header text.
/// </summary>
internal static class SamplePortalTable
{
    public const string Selector = "table#maintenance-schedule";

    public static IReadOnlyList<RawScheduleItem>? Read(IParentNode page)
    {
        if (page.QuerySelector(Selector) is not { } table)
        {
            return null;
        }

        var headers = table.QuerySelectorAll("thead th").Select(th => Clean(th.TextContent)).ToList();
        var service = headers.FindIndex(h => h.Equals("Service", StringComparison.OrdinalIgnoreCase));
        var interval = headers.FindIndex(h => h.Equals("Interval", StringComparison.OrdinalIgnoreCase));
        if (service < 0 || interval < 0)
        {
            return null;
        }

        var conditions = headers.FindIndex(h => h.StartsWith("Driving condition", StringComparison.OrdinalIgnoreCase));
        var note = headers.FindIndex(h => h.Equals("Note", StringComparison.OrdinalIgnoreCase));
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => Clean(td.TextContent)).ToList())
            .ToList();
        return Items(headers, rows, service, interval, conditions, note);
    }

    public static List<RawScheduleItem> Items(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int service, int interval, int conditions, int note)
    {
        var items = new List<RawScheduleItem>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var name = Cell(cells, service);
            if (name.Length == 0)
            {
                continue;
            }

            var when = Cell(cells, interval);
            var footnote = Cell(cells, note);
            var driving = Cell(cells, conditions);
            var text = name.TrimEnd('.');
            if (when.Length > 0)
            {
                text += ". " + when.TrimEnd('.') + ".";
            }

            if (footnote.Length > 0)
            {
                text += " (" + footnote + ")";
            }

            items.Add(new RawScheduleItem(text)
            {
                Section = driving.Length == 0 ? "Normal schedule" : "Special operating conditions / " + driving,
                Location = new SourceLocation(Row: r + 1, ColumnHeaders: headers),
            });
        }

        return items;
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : string.Empty;

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
