using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>The role of each quantity group in a clause: the first occurrence, the repeat, or (under a monitor) the cap.</summary>
internal static partial class IntervalRoles
{
    public enum Role
    {
        Unknown,
        Initial,
        Repeat,
    }

    public static List<Role> Classify(string folded, IReadOnlyList<QuantityGroup> groups, int segmentStart, int segmentEnd)
    {
        var roles = new List<Role>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var prefixStart = i == 0 ? segmentStart : groups[i - 1].End;
            var suffixEnd = i + 1 < groups.Count ? groups[i + 1].Start : segmentEnd;
            var prefix = folded[prefixStart..groups[i].Start];
            var suffix = folded[groups[i].End..suffixEnd];
            var initial = InitialCue().IsMatch(prefix) || InitialAfter().IsMatch(suffix);
            // "every 50,000 miles thereafter" marks this group; "at 100,000 miles; thereafter every 50,000" marks the next.
            var thereafterHere = ThereafterAfter().IsMatch(suffix) && (i + 1 == groups.Count || !EveryWord().IsMatch(suffix));
            var repeat = RepeatCue().IsMatch(prefix) || thereafterHere;
            roles.Add(initial && (!repeat || InitialCue().Match(prefix).Index > RepeatCue().Match(prefix).Index) ? Role.Initial
                : repeat ? Role.Repeat
                : Role.Unknown);
        }

        if (groups.Count == 1)
        {
            var clause = folded[segmentStart..segmentEnd];
            roles[0] = roles[0] == Role.Initial || (roles[0] == Role.Unknown && OneTime().IsMatch(clause)) ? Role.Initial : Role.Repeat;
            return roles;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] != Role.Unknown)
            {
                continue;
            }

            var laterRepeat = roles.Skip(i + 1).Contains(Role.Repeat);
            var earlierInitial = roles.Take(i).Contains(Role.Initial);
            roles[i] = laterRepeat && !earlierInitial ? Role.Initial : Role.Repeat;
        }

        return roles;
    }

    /// <summary>True when the wording bounds a monitor ("but not to exceed", "at least every").</summary>
    public static bool HasCapCue(string folded) => CapCue().IsMatch(folded);

    [GeneratedRegex(@"\b(?:one[- ]time|only once|once only|once at|single)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneTime();

    [GeneratedRegex(@"\b(?:first|initial|initially|1st|begin|beginning|starting|start)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InitialCue();

    [GeneratedRegex(@"^[^0-9]{0,30}\b(?:for the first|first (?:time|replacement|service|change|inspection)|initially|initial)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InitialAfter();

    [GeneratedRegex(@"\b(?:every|each|per|intervals?|thereafter|then|recurring|repeat|again|subsequent(?:ly)?|afterwards?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatCue();

    [GeneratedRegex(@"\b(?:every|each)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryWord();

    [GeneratedRegex(@"^[\s,;:.()\-]*(?:thereafter|after that|afterwards|subsequently|from then on)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThereafterAfter();

    [GeneratedRegex(@"\b(?:not to exceed|not exceed|no later than|no longer than|no more than|at least|at most|maximum|max|up to|or sooner|at the latest|whichever (?:comes|occurs) first|but not)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapCue();
}
