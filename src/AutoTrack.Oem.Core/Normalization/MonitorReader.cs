using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>Recognises onboard-monitor wording ("when the Maintenance Minder indicates", "as indicated by the
/// Oil Life System", "when the service indicator comes on") and wording that opts out of it ("regardless of
/// the Maintenance Minder").</summary>
internal static partial class MonitorReader
{
    public static string? Find(string folded)
    {
        if (Independent().IsMatch(folded))
        {
            return null;
        }

        if (Minder().IsMatch(folded))
        {
            return MonitorKinds.MaintenanceMinder;
        }

        if (OilLife().IsMatch(folded))
        {
            return MonitorKinds.OilLifeMonitor;
        }

        if (ConditionBased().IsMatch(folded))
        {
            return MonitorKinds.ConditionBasedService;
        }

        if (Flexible().IsMatch(folded))
        {
            return MonitorKinds.FlexibleService;
        }

        return Indicator().IsMatch(folded) ? MonitorKinds.ServiceIndicator : null;
    }

    /// <summary>Spans that name a monitor ("oil life monitor"): their words are not services or verbs.</summary>
    public static IEnumerable<(int Start, int End)> NameSpans(string folded) =>
        MonitorName().Matches(folded).Select(m => (m.Index, m.Index + m.Length));

    /// <summary>True when the wording says the item does not follow the monitor ("regardless of the Maintenance Minder").</summary>
    public static bool OptsOut(string folded) => Independent().IsMatch(folded);

    [GeneratedRegex(@"\b(?:intelligent\s+)?oil[- ]?life(?:\s+(?:monitor(?:ing)?|system|indicator|reminder|percentage|display|message))*(?:\s+system)?|\boil[- ]change (?:indicator|reminder|monitor|required)|\bchange (?:engine )?oil soon\b|\boil monitor\b|\bmaintenance\s*minder\b|\bservice (?:interval |due |maintenance )?(?:indicator|reminder|message|light|display)\b|\bmaintenance required (?:light|indicator|message)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonitorName();

    [GeneratedRegex(@"\bmaintenance\s*minder\b", RegexOptions.CultureInvariant)]
    private static partial Regex Minder();

    [GeneratedRegex(@"\b(?:oil[- ]?life|oil[- ]change (?:indicator|reminder|monitor)|oil[- ]change required|change (?:engine )?oil soon|oil monitor)", RegexOptions.CultureInvariant)]
    private static partial Regex OilLife();

    [GeneratedRegex(@"\b(?:condition[- ]based (?:service|maintenance)|cbs)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionBased();

    [GeneratedRegex(@"\b(?:flexible service|assyst|service assist)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Flexible();

    [GeneratedRegex(@"\b(?:(?:when|as|once|if|whenever)\s+(?:indicated|prompted|directed|displayed|signaled|signalled)|(?:when|as|once|if|whenever)\s+(?:the\s+)?(?:[a-z-]+\s+){0,5}(?:monitor|indicator|minder|display|message|light|system|cluster|reminder|computer|dashboard|screen)\s+(?:indicates|shows|displays|prompts|says|calls|requests|illuminates|comes on|tells|signals|lights up)|(?:indicated|prompted|displayed|shown|requested)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:monitor|indicator|system|display|computer|message)|service (?:interval |due |maintenance )?(?:indicator|reminder|message|light|display)|(?:per|according to|based on|following|as shown by) (?:the )?(?:[a-z-]+ ){0,3}(?:indicator|monitor|reminder|computer)|message cent(?:er|re)|maintenance required (?:light|indicator|message)|wrench (?:light|indicator|symbol))", RegexOptions.CultureInvariant)]
    private static partial Regex Indicator();

    [GeneratedRegex(@"\b(?:regardless of|independent(?:ly)? of|irrespective of|whether or not|not (?:covered|tracked|indicated) by|even if (?:the )?(?:\w+ ){0,3}(?:does not|doesn't)|separately from)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Independent();
}
