using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>A service tie found in wording: "at every other oil change" spans from "every" to "change".</summary>
internal sealed record TieSpan(string Code, int Every, int Start, int End, ServiceAction? Action = null);

/// <summary>Finds "at every oil change", "every other tire rotation", "each time the oil is changed".</summary>
internal static partial class TieReader
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "you", "the", "your", "is", "are", "we", "engine", "vehicle", "it", "get", "have", "change", "replace", "rotate", "service",
    };

    public static List<TieSpan> Find(string folded, List<Token> tokens, List<PhraseMatch<string[]>> services)
    {
        var ties = new List<TieSpan>();
        foreach (Match m in TiePrefix().Matches(folded))
        {
            var every = m.Groups["nth"].Value switch
            {
                "other" or "second" or "2nd" => 2,
                "third" or "3rd" => 3,
                "fourth" or "4th" => 4,
                "fifth" or "5th" => 5,
                _ => 1,
            };
            var afterPrefix = tokens.FindIndex(t => t.Start >= m.Index + m.Length);
            if (afterPrefix < 0)
            {
                continue;
            }

            var skipped = 0;
            var index = afterPrefix;
            while (index < tokens.Count && skipped < 3 && Fillers.Contains(tokens[index].Text)
                && !services.Any(s => s.FirstToken == index))
            {
                index++;
                skipped++;
            }

            var target = services.FirstOrDefault(s => s.FirstToken == index);
            if (target is null)
            {
                continue;
            }

            var end = target.End;
            var next = target.FirstToken + target.TokenCount;
            ServiceAction? action = null;
            while (next < tokens.Count && TrailingNoun().IsMatch(tokens[next].Text))
            {
                end = tokens[next].End;
                action ??= tokens[next].Text.StartsWith("rotat", StringComparison.Ordinal) ? ServiceAction.Rotate
                    : tokens[next].Text.StartsWith("replace", StringComparison.Ordinal) || tokens[next].Text.StartsWith("change", StringComparison.Ordinal) ? ServiceAction.Replace
                    : null;
                next++;
            }

            ties.Add(new TieSpan(target.Value[0], every, m.Index, end, action));
        }

        return ties;
    }

    [GeneratedRegex(@"\b(?:every|each)\s+(?:(?<nth>other|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+)?(?:time\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex TiePrefix();

    [GeneratedRegex(@"^(?:change|changed|service|serviced|replacement|replaced|interval|visit|rotation|rotated|appointment|is|are|performed|done)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNoun();
}
