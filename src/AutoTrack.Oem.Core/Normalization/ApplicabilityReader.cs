using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>Reads what vehicles an item applies to: engine, drivetrain, transmission and "if equipped".
/// Negated mentions ("except hybrid", "non-turbo") restrict nothing.</summary>
internal static partial class ApplicabilityReader
{
    /// <param name="folded">The wording with service phrases blanked out (so "hybrid battery filter" does not
    /// restrict the engine).</param>
    /// <param name="withServices">The same wording with service phrases kept: the transmission is read from it,
    /// since "manual transmission oil" applies only to manual transmissions.</param>
    public static Applicability Read(string folded, string? withServices = null)
    {
        var engineParts = new List<string>();
        foreach (Match m in Displacement().Matches(folded))
        {
            if (!Negated(folded, m.Index))
            {
                engineParts.Add(m.Groups[1].Value + "L");
            }
        }

        foreach (Match m in Cylinders().Matches(folded))
        {
            if (!Negated(folded, m.Index))
            {
                engineParts.Add(CanonicalCylinders(m.Value));
            }
        }

        foreach (Match m in EngineKind().Matches(folded))
        {
            if (!Negated(folded, m.Index))
            {
                engineParts.Add(m.Value.StartsWith("turbo", StringComparison.Ordinal) ? "turbo" : m.Value.Replace("plug in", "plug-in", StringComparison.Ordinal));
            }
        }

        Drivetrain? drivetrain = null;
        var drive = DrivetrainPattern().Match(folded);
        if (drive.Success && !Negated(folded, drive.Index))
        {
            drivetrain = drive.Value switch
            {
                var v when v.Contains("all", StringComparison.Ordinal) || v.Contains("awd", StringComparison.Ordinal)
                    || v is "4motion" or "quattro" or "xdrive" or "4matic" => Oem.Drivetrain.AWD,
                var v when v.StartsWith('4') || v.StartsWith("four", StringComparison.Ordinal) => Oem.Drivetrain.FourWD,
                var v when v.StartsWith("front", StringComparison.Ordinal) || v == "fwd" => Oem.Drivetrain.FWD,
                var v when v.StartsWith("rear", StringComparison.Ordinal) || v == "rwd" => Oem.Drivetrain.RWD,
                _ => Oem.Drivetrain.TwoWD,
            };
        }

        TransmissionKind? transmission = null;
        var transmissionText = withServices ?? folded;
        var trans = TransmissionPattern().Match(transmissionText);
        if (trans.Success && !Negated(transmissionText, trans.Index))
        {
            transmission = trans.Value switch
            {
                var v when v.Contains("cvt", StringComparison.Ordinal) || v.StartsWith("continuously", StringComparison.Ordinal) => TransmissionKind.CVT,
                var v when v.Contains("dual", StringComparison.Ordinal) || v is "dct" or "dsg" => TransmissionKind.DualClutch,
                var v when v.StartsWith("man", StringComparison.Ordinal) || v.StartsWith("m/t", StringComparison.Ordinal)
                    || v.Contains("stick", StringComparison.Ordinal) || v.EndsWith("mt", StringComparison.Ordinal) => TransmissionKind.Manual,
                _ => TransmissionKind.Automatic,
            };
        }

        var ifEquipped = IfEquipped().IsMatch(folded);
        var engine = engineParts.Count == 0 ? null : string.Join(' ', engineParts.Distinct(StringComparer.Ordinal));
        return new Applicability(engine, drivetrain, transmission, ifEquipped);
    }

    /// <summary>Combines what a section heading says with what the item says; the item wins where both speak.</summary>
    public static Applicability Merge(Applicability section, Applicability item) => new(
        item.Engine ?? section.Engine,
        item.Drivetrain ?? section.Drivetrain,
        item.Transmission ?? section.Transmission,
        item.IfEquipped || section.IfEquipped);

    private static bool Negated(string folded, int index)
    {
        var before = folded[Math.Max(0, index - 16)..index];
        return NegationBefore().IsMatch(before);
    }

    private static string CanonicalCylinders(string text)
    {
        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (text.StartsWith('v'))
        {
            return "V" + digits;
        }

        if (text.StartsWith("flat", StringComparison.Ordinal) || text.StartsWith("boxer", StringComparison.Ordinal) || text.StartsWith('h'))
        {
            return digits.Length == 0 ? "flat-4" : "flat-" + digits;
        }

        return "I" + digits;
    }

    [GeneratedRegex(@"(?<![\d.])(\d\.\d)\s*-?\s*(?:l|liter|litre)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Displacement();

    [GeneratedRegex(@"\b(?:v-?(?:6|8|10|12)|i-?[346]|l-?[46]|inline[- ]?[346]|h-?[46]|flat[- ]?[46]|boxer|[3468][- ]cylinder)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cylinders();

    [GeneratedRegex(@"\b(?:plug[- ]in hybrid|hybrid|diesel|turbo(?:charged)?|electric|ev)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EngineKind();

    [GeneratedRegex(@"\b(?:all[- ]wheel[- ]drive|awd|sh-awd|4wd|4x4|four[- ]wheel[- ]drive|4[- ]wheel[- ]drive|fwd|front[- ]wheel[- ]drive|rwd|rear[- ]wheel[- ]drive|2wd|4x2|two[- ]wheel[- ]drive|4motion|quattro|xdrive|4matic)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DrivetrainPattern();

    [GeneratedRegex(@"\b(?:cvt|continuously variable|automatic transmission|automatic transaxle|atf|cvtf|automatic models?|automatic vehicles?|a/t|auto(?:matic)?\.? trans\w*|manual transmission|manual transaxle|manual models?|manual vehicles?|m/t|stick[- ]shift|dual[- ]clutch|dct|dsg|[5-8]mt|[5-8]at)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TransmissionPattern();

    [GeneratedRegex(@"\b(?:if (?:so )?equipped|where equipped|when equipped|if applicable|where applicable|if fitted|where fitted|(?:models|vehicles) equipped with|on equipped (?:models|vehicles)|optional)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IfEquipped();

    [GeneratedRegex(@"(?:\bexcept|\bexcluding|\bnon-?|\bother than|\bwithout|\bnot)\s*(?:for\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NegationBefore();
}
