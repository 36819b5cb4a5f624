using System.Globalization;
using System.Text;

namespace AutoTrack.Oem.Internal;

/// <summary>Culture-independent text folding used for keys and for matching OEM wording.</summary>
internal static class TextFolding
{
    /// <summary>Trims, collapses runs of white space to one space and folds typographic dashes and spaces.</summary>
    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormKC))
        {
            var c = FoldCharacter(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A key: whitespace collapsed and lower-cased with the invariant culture (never the current one,
    /// so "I" folds to "i" under tr-TR too).</summary>
    public static string FoldKey(string text) => CollapseWhitespace(text).ToLowerInvariant();

    /// <summary>Letters and digits only, lower-cased: "F-150", "f 150" and "F150" all become "f150".</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static char FoldCharacter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.DashPunctuation => '-',
        UnicodeCategory.SpaceSeparator => ' ',
        _ => c switch
        {
            '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
            '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
            '\u00D7' => 'x',

            // Text upper- or lower-cased under a Turkish culture: dotted capital I and dotless small i are plain i.
            '\u0130' => 'I',
            '\u0131' => 'i',
            _ => c,
        },
    };
}
