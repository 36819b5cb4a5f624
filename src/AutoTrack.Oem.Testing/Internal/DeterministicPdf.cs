using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Makes a generated PDF byte-identical from process to process: PdfPig writes a random file identifier
/// (<c>/ID [&lt;...&gt;&lt;...&gt;]</c>) into the trailer, which would give the same sample document a new ETag in every
/// simulator process. The identifier is replaced by one derived from the content, of the same length, so the
/// cross-reference offsets stay valid.
/// </summary>
internal static partial class DeterministicPdf
{
    public static byte[] Stabilize(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = FileId().Match(text);
        if (!match.Success)
        {
            return pdf;
        }

        var blanked = text[..match.Index] + text[(match.Index + match.Length)..];
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(blanked)));
        var first = digest[..match.Groups[1].Length];
        var second = digest[^match.Groups[2].Length..];
        var stable = $"/ID [ <{first}><{second}>";
        var replaced = text[..match.Index] + stable + text[(match.Index + match.Length)..];
        return Encoding.Latin1.GetBytes(replaced);
    }

    [GeneratedRegex(@"/ID \[ <([0-9A-Fa-f]+)><([0-9A-Fa-f]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex FileId();
}
