using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>Reads the action of a service from the verbs around it. "Inspect and replace if necessary" is an
/// inspection; otherwise the nearest verb before the service wins, then the first one after it.</summary>
internal static partial class ActionWords
{
    private readonly record struct Verb(ServiceAction Action, int Start, int End);

    /// <param name="folded">The folded wording.</param>
    /// <param name="segmentStart">Start of the clause.</param>
    /// <param name="segmentEnd">End of the clause.</param>
    /// <param name="serviceStart">Start of the service phrase.</param>
    /// <param name="serviceEnd">End of the service phrase; a verb inside it ("rotate tires", "oil change") is the action.</param>
    /// <param name="excluded">Spans of other services and ties, whose verbs belong to them.</param>
    public static ServiceAction? Find(string folded, int segmentStart, int segmentEnd, int serviceStart, int serviceEnd, IReadOnlyList<(int Start, int End)> excluded)
    {
        var verbs = new List<Verb>();
        foreach (Match m in VerbPattern().Matches(folded[..segmentEnd], segmentStart))
        {
            var inside = m.Index >= serviceStart && m.Index + m.Length <= serviceEnd;
            if (inside && m.Value is "rotate" or "change" or "replace" or "inspect" or "check" or "adjust" or "clean" or "lubricate" or "tighten")
            {
                return Classify(m.Value);
            }

            if (inside || excluded.Any(s => m.Index < s.End && s.Start < m.Index + m.Length))
            {
                continue;
            }

            verbs.Add(new Verb(Classify(m.Value), m.Index, m.Index + m.Length));
        }

        if (verbs.Count == 0)
        {
            return null;
        }

        var segment = folded[segmentStart..segmentEnd];
        if (verbs.Any(v => v.Action == ServiceAction.Inspect) && Conditional().IsMatch(segment))
        {
            return ServiceAction.Inspect;
        }

        // The nearest verb chain before the service ("inspect and adjust", "drain and refill") names the
        // action by its first verb: an inspection that may lead to an adjustment is an inspection.
        var beforeIndex = verbs.FindLastIndex(v => v.End <= serviceStart);
        if (beforeIndex >= 0)
        {
            var first = beforeIndex;
            while (first > 0 && VerbJoiner().IsMatch(folded[verbs[first - 1].End..verbs[first].Start]))
            {
                first--;
            }

            return verbs[first].Action;
        }

        return verbs.First(v => v.Start >= serviceStart).Action;
    }

    /// <summary>The action a legend or cell text names ("Inspect and if necessary adjust, correct, clean or replace").</summary>
    public static ServiceAction? FromText(string text)
    {
        var folded = OemText.Fold(text);
        return Find(folded, 0, folded.Length, folded.Length, folded.Length, []);
    }

    private static ServiceAction Classify(string verb) => verb switch
    {
        _ when verb.StartsWith("rotat", StringComparison.Ordinal) => ServiceAction.Rotate,
        _ when verb.StartsWith("inspect", StringComparison.Ordinal) || verb.StartsWith("check", StringComparison.Ordinal)
            || verb.StartsWith("examin", StringComparison.Ordinal) || verb.StartsWith("test", StringComparison.Ordinal)
            || verb.StartsWith("verif", StringComparison.Ordinal) || verb.StartsWith("look", StringComparison.Ordinal)
            || verb.StartsWith("evaluat", StringComparison.Ordinal) || verb.StartsWith("monitor", StringComparison.Ordinal) => ServiceAction.Inspect,
        _ when verb.StartsWith("adjust", StringComparison.Ordinal) => ServiceAction.Adjust,
        _ when verb.StartsWith("clean", StringComparison.Ordinal) => ServiceAction.Clean,
        _ when verb.StartsWith("lubricat", StringComparison.Ordinal) || verb.StartsWith("greas", StringComparison.Ordinal)
            || verb.StartsWith("lube", StringComparison.Ordinal) => ServiceAction.Lubricate,
        _ when verb.StartsWith("tighten", StringComparison.Ordinal) || verb.Contains("torqu", StringComparison.Ordinal) => ServiceAction.Tighten,
        _ when verb.StartsWith("perform", StringComparison.Ordinal) || verb.StartsWith("carry", StringComparison.Ordinal)
            || verb.StartsWith("conduct", StringComparison.Ordinal) || verb.StartsWith("reset", StringComparison.Ordinal)
            || verb.StartsWith("add", StringComparison.Ordinal) => ServiceAction.Perform,
        _ => ServiceAction.Replace,
    };

    [GeneratedRegex(@"\b(?:replac\w*|chang(?:e|es|ed|ing)\b|renew\w*|flush\w*|drain\w*|exchang\w*|refill\w*|install\w*|inspect\w*|check\w*|examin\w*|test(?:s|ed|ing)?\b|verif\w*|look\w*|evaluat\w*|monitor(?:s|ed|ing)?\b|rotat\w*|adjust\w*|clean(?:s|ed|ing)?\b|lubricat(?:e|es|ed|ing)\b|greas(?:e|es|ed|ing)\b|lube\b|tighten\w*|re-?torqu\w*|torqu\w*|perform\w*|carry out|conduct\w*|reset\w*|add\b)", RegexOptions.CultureInvariant)]
    private static partial Regex VerbPattern();

    [GeneratedRegex(@"^\s*(?:,|&|/|and|or|and/or|,\s*and)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbJoiner();

    [GeneratedRegex(@"\b(?:if|as|when|where)\s+(?:necessary|needed|required|worn|damaged|appropriate)\b|\bcorrect\b|\bif\s+(?:there\s+is\s+)?(?:any\s+)?(?:damage|wear|leak)", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
