namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// The sample portal's table (columns Service, Interval, Driving conditions, Note) as raw items: each row read as the
/// sentence the portal means ("Replace engine oil and filter. Every 10,000 miles or 12 months. (AWD models only)")
/// under the section "Normal schedule", or "Special operating conditions / {conditions}" when the row names driving
/// conditions. Columns are found by their header text; without Service and Interval columns the layout has drifted.
/// </summary>
internal static class SamplePortalRows
{
    public static IReadOnlyList<RawScheduleItem>? Read(IReadOnlyList<string> rawHeaders, IReadOnlyList<IReadOnlyList<string>> rawRows)
    {
        var headers = rawHeaders.Select(Clean).ToList();
        var service = headers.FindIndex(h => h.Equals("Service", StringComparison.OrdinalIgnoreCase));
        var interval = headers.FindIndex(h => h.Equals("Interval", StringComparison.OrdinalIgnoreCase));
        if (service < 0 || interval < 0)
        {
            return null;
        }

        var conditions = headers.FindIndex(h => h.StartsWith("Driving condition", StringComparison.OrdinalIgnoreCase));
        var note = headers.FindIndex(h => h.Equals("Note", StringComparison.OrdinalIgnoreCase));
        var items = new List<RawScheduleItem>(rawRows.Count);
        for (var r = 0; r < rawRows.Count; r++)
        {
            var cells = rawRows[r];
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

    private static string Cell(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? Clean(cells[index]) : string.Empty;

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
