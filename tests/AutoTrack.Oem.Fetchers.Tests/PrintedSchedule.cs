using System.Globalization;
using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>
/// Compares a normalized schedule with what the sample document printed. Each printed item says which codes it
/// names, its action, repeat, first occurrence, conditions and applicability; the expectation is derived from that
/// content model, never from constants in the tests.
/// </summary>
internal static class PrintedSchedule
{
    public static List<string> Expected(SampleVehicle sample) =>
        [.. sample.Schedule.Services
            .SelectMany(s => s.Codes.Select(code => Describe(code, s.Action, s.Every, s.FirstAt, s.Conditions.SelectMany(c => c.Codes), s.Applicability)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public static List<string> Actual(NormalizedSchedule schedule) =>
        [.. schedule.Services
            .Select(s => Describe(s.Code, s.Action, s.Interval, s.Initial, s.Conditions, s.Applicability))
            .Order(StringComparer.Ordinal)];

    private static string Describe(string code, ServiceAction action, ServiceInterval? every, ServiceInterval? first, IEnumerable<string> conditions, Applicability applicability)
    {
        var when = string.Join(',', conditions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return string.Create(CultureInfo.InvariantCulture,
            $"{code}|{action.Code()}|every {Format(every)}|first {Format(first)}|{(when.Length == 0 ? "normal" : when)}|{applicability.Key}");
    }

    private static string Format(ServiceInterval? interval) => interval is null
        ? "-"
        : string.Create(CultureInfo.InvariantCulture, $"{interval.Miles?.ToString(CultureInfo.InvariantCulture) ?? "?"}mi/{interval.Months?.ToString(CultureInfo.InvariantCulture) ?? "?"}mo");
}
