using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>Lines that repeat on every page and say nothing about maintenance: page numbers and the simulator's
/// "SAMPLE - not verified OEM data" label.</summary>
internal static partial class PageFurniture
{
    public static bool IsFurniture(PdfLine line) => PageNumber().IsMatch(line.Text) || SampleLabel().IsMatch(line.Text);

    [GeneratedRegex(@"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^sample\b.*\bnot verified\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SampleLabel();
}
