namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>
/// The robots.txt rules that apply to us: the group naming our product token ("AutoTrack.Oem",
/// case-insensitive) if there is one, else the "*" group. Allow/Disallow by longest matching path prefix
/// ("*" wildcards and a trailing "$" supported); Allow wins a tie. Crawl-delay in seconds.
/// </summary>
internal sealed class RobotsRules
{
    public const string ProductToken = "AutoTrack.Oem";

    private readonly IReadOnlyList<(bool Allow, string Pattern)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Pattern)> rules, TimeSpan? crawlDelay, bool disallowAll)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        DisallowAll = disallowAll;
    }

    public static RobotsRules AllowAll { get; } = new([], null, false);

    /// <summary>Why everything is disallowed, when robots.txt could not be read.</summary>
    public string? UnavailableReason { get; private init; }

    /// <summary>Everything disallowed because robots.txt could not be read (conservative).</summary>
    public static RobotsRules Unavailable(string reason) => new([], null, true) { UnavailableReason = reason };

    public TimeSpan? CrawlDelay { get; }

    public bool DisallowAll { get; }

    public static RobotsRules Parse(string text)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key.Equals("user-agent", StringComparison.OrdinalIgnoreCase))
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value);
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is not { } group)
            {
                continue;
            }

            if (key.Equals("disallow", StringComparison.OrdinalIgnoreCase))
            {
                if (value.Length > 0)
                {
                    group.Rules.Add((false, value));
                }
            }
            else if (key.Equals("allow", StringComparison.OrdinalIgnoreCase))
            {
                if (value.Length > 0)
                {
                    group.Rules.Add((true, value));
                }
            }
            else if (key.Equals("crawl-delay", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && seconds >= 0)
            {
                group.Delay = TimeSpan.FromSeconds(seconds);
            }
        }

        var ours = groups.Where(g => g.Agents.Any(a => a.StartsWith(ProductToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (ours.Count == 0)
        {
            ours = [.. groups.Where(g => g.Agents.Any(a => a == "*"))];
        }

        var rules = ours.SelectMany(g => g.Rules).ToList();
        var delay = ours.Select(g => g.Delay).FirstOrDefault(d => d is not null);
        return new RobotsRules(rules, delay, false);
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(bool Allow, string Pattern)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }

    /// <summary>True when the path (with query) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (DisallowAll)
        {
            return false;
        }

        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var parts = body.Split('*');
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!path.StartsWith(part, StringComparison.Ordinal))
                {
                    return false;
                }

                position = part.Length;
                continue;
            }

            var found = path.IndexOf(part, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + part.Length;
        }

        return !anchored || position == path.Length || (parts.Length > 1 && path.EndsWith(parts[^1], StringComparison.Ordinal));
    }
}
