using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Words a <see cref="SampleSchedule"/> the way an owner portal lists it: one row per printed item with a verb
/// ("Replace engine oil and filter"), an interval ("Every 10,000 miles or 12 months", "First at 100,000 miles, then
/// every 50,000 miles", "One-time service at 60,000 miles"), the conditions it is listed under and its footnote.
/// </summary>
internal static class PortalRows
{
    public static IReadOnlyList<PortalRow> From(SampleSchedule schedule) =>
        [.. schedule.Services.Select(s => new PortalRow(
            Service(s),
            Interval(s),
            string.Join("; ", s.Conditions.Select(c => c.Wording)),
            s.Footnote ?? string.Empty))];

    private static string Service(SampleService service)
    {
        var wording = service.Wording;
        var firstWord = wording.Split(' ', 2)[0];
        return Enum.TryParse<ServiceAction>(firstWord, ignoreCase: false, out _)
            ? wording
            : string.Create(CultureInfo.InvariantCulture, $"{service.Action} {char.ToLowerInvariant(wording[0])}{wording[1..]}");
    }

    private static string Interval(SampleService service)
    {
        if (service.WordingStatesTiming)
        {
            return string.Empty;
        }

        return (service.FirstAt, service.Every) switch
        {
            ({ } first, { } every) => $"First at {Quantity(first)}, then every {Quantity(every)}",
            (null, { } every) => $"Every {Quantity(every)}",
            ({ } first, null) => $"One-time service at {Quantity(first)}",
            _ => string.Empty,
        };
    }

    private static string Quantity(ServiceInterval interval)
    {
        var parts = new List<string>(2);
        if (interval.Miles is { } miles)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{miles:N0} miles"));
        }

        if (interval.Months is { } months)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{months} months"));
        }

        return string.Join(" or ", parts);
    }
}
