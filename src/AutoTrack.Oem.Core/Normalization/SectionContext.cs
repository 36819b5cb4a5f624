using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>What a heading says about the items under it: severe conditions, a monitor, applicability.</summary>
internal sealed partial record SectionContext(bool Severe, IReadOnlyList<string> Conditions, string? Monitor, bool OptsOutOfMonitor, Applicability Applicability)
{
    public static SectionContext None { get; } = new(false, [], null, false, Applicability.Any);

    public static SectionContext Read(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return None;
        }

        var folded = OemText.Fold(section);
        var normal = NormalMarker().IsMatch(folded);
        var conditions = normal ? [] : OperatingConditions.Matcher.FindAll(folded).Select(m => m.Value).Distinct().ToList();
        var severe = !normal && (conditions.Count > 0 || OperatingConditions.MarksSevereSchedule(folded));
        return new SectionContext(severe, conditions, MonitorReader.Find(folded), MonitorReader.OptsOut(folded), ApplicabilityReader.Read(folded));
    }

    [GeneratedRegex(@"\b(?:normal|standard|regular|everyday|schedule (?:2|ii|b)\b|if none of)", RegexOptions.CultureInvariant)]
    private static partial Regex NormalMarker();
}
