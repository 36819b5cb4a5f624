namespace AutoTrack.Oem.Tests;

/// <summary>Builds raw schedules the way fetchers do, for tests.</summary>
internal static class Raw
{
    public static readonly DateTimeOffset RetrievedAt = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public static RawSchedule Of(params RawScheduleItem[] items) =>
        new(new Uri("https://oem.example/guide.pdf"), SourceKind.OemPdf, RetrievedAt, items);

    public static RawSchedule WithLegend(IReadOnlyDictionary<string, string> legend, params RawScheduleItem[] items) =>
        Of(items) with { Legend = legend };

    public static RawScheduleItem Text(string text, string? section = null) => new(text) { Section = section };

    public static RawScheduleItem AtMilestone(string milestone, string text, string? section = null) =>
        new(text) { Milestone = milestone, Section = section };

    public static RawScheduleItem Row(string text, string? section, params (string Header, string Value)[] cells) =>
        new(text) { Section = section, Cells = cells.Select(c => new RawCell(c.Header, c.Value)).ToList() };

    public static NormalizedSchedule Normalize(params RawScheduleItem[] items) => new ScheduleNormalizer().Normalize(Of(items));

    public static NormalizedSchedule Normalize(string text, string? section = null) => Normalize(Text(text, section));

    public static ScheduleService Only(this NormalizedSchedule schedule, string code)
    {
        var matches = schedule.Services.Where(s => s.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, found {matches.Count}: {string.Join("; ", schedule.Services)}");
        return matches[0];
    }

    public static ScheduleService Only(this NormalizedSchedule schedule, string code, ServiceAction action)
    {
        var matches = schedule.Services.Where(s => s.Code == code && s.Action == action).ToList();
        Assert.True(matches.Count == 1, $"expected one {action} {code}, found {matches.Count}: {string.Join("; ", schedule.Services)}");
        return matches[0];
    }
}
