using System.Text;
using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>A token of folded OEM wording: its stemmed text and its span in the folded string.</summary>
internal readonly record struct Token(string Text, int Start, int End);

/// <summary>Folding and tokenising of OEM wording for matching. Culture-independent.</summary>
internal static partial class OemText
{
    /// <summary>Lower-cases (invariant), folds typographic characters, spells '&amp;' as "and", joins "a/c",
    /// and collapses white space. All later spans refer to this folded string.</summary>
    public static string Fold(string text)
    {
        var collapsed = TextFolding.CollapseWhitespace(text).ToLowerInvariant();
        collapsed = collapsed.Replace("&", " and ", StringComparison.Ordinal);
        collapsed = AirConditioning().Replace(collapsed, "ac");
        return TextFolding.CollapseWhitespace(collapsed);
    }

    /// <summary>Words and numbers of a folded string, each with a light stem (plural 's' removed, British
    /// spellings folded) so "Tyres" and "tire" match.</summary>
    public static List<Token> Tokenize(string folded)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i])
                || (folded[i] == '.' && i > start && char.IsDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsDigit(folded[i + 1]))))
            {
                i++;
            }

            tokens.Add(new Token(Stem(folded[start..i]), start, i));
        }

        return tokens;
    }

    /// <summary>A light stemmer: enough to fold plurals and British spellings of maintenance nouns.</summary>
    public static string Stem(string word)
    {
        var w = word switch
        {
            "tyre" or "tyres" => "tire",
            "kilometre" or "kilometres" => "kilometer",
            "litre" or "litres" => "liter",
            "centre" => "center",
            _ => word,
        };
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && !char.IsDigit(w[^2]))
        {
            return w[..^1];
        }

        return w;
    }

    /// <summary>The folded text with the given spans blanked out (replaced by spaces, keeping positions).</summary>
    public static string Blank(string folded, IEnumerable<(int Start, int End)> spans)
    {
        var sb = new StringBuilder(folded);
        foreach (var (start, end) in spans)
        {
            for (var i = start; i < end && i < sb.Length; i++)
            {
                sb[i] = ' ';
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\ba\s*/\s*c\b", RegexOptions.CultureInvariant)]
    private static partial Regex AirConditioning();
}
