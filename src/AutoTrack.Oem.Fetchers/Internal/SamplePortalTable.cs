using AngleSharp.Dom;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>Finds the sample portal's maintenance table (table#maintenance-schedule) in a static page and reads it
/// with <see cref="SamplePortalRows"/>, the same reading the browser adapter uses.</summary>
internal static class SamplePortalTable
{
    public const string Selector = "table#maintenance-schedule";

    public static IReadOnlyList<RawScheduleItem>? Read(IParentNode page)
    {
        if (page.QuerySelector(Selector) is not { } table)
        {
            return null;
        }

        var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => (IReadOnlyList<string>)[.. tr.QuerySelectorAll("td").Select(td => td.TextContent)])
            .ToList();
        return SamplePortalRows.Read(headers, rows);
    }
}
