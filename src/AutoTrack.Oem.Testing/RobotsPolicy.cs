using System.Globalization;
using System.Text;

namespace AutoTrack.Oem.Testing;

/// <summary>
/// The simulator's robots.txt: by default "User-agent: *" with an empty Disallow (everything allowed). Rules added
/// here go into the "*" group; <see cref="Content"/> replaces the whole file. Thread-safe.
/// </summary>
public sealed class RobotsPolicy
{
    private readonly Lock _gate = new();
    private readonly List<string> _disallowed = [];
    private double? _crawlDelay;
    private string? _content;

    /// <summary>Disallows a path prefix for every user agent.</summary>
    /// <returns>This policy, for chaining.</returns>
    public RobotsPolicy Disallow(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        lock (_gate)
        {
            _disallowed.Add(path);
        }

        return this;
    }

    /// <summary>Asks crawlers to wait this many seconds between requests.</summary>
    /// <returns>This policy, for chaining.</returns>
    public RobotsPolicy CrawlDelay(double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        lock (_gate)
        {
            _crawlDelay = seconds;
        }

        return this;
    }

    /// <summary>Serves exactly this text as robots.txt (null goes back to the generated rules).</summary>
    /// <returns>This policy, for chaining.</returns>
    public RobotsPolicy Content(string? text)
    {
        lock (_gate)
        {
            _content = text;
        }

        return this;
    }

    /// <summary>Back to the default (everything allowed, no delay).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _disallowed.Clear();
            _crawlDelay = null;
            _content = null;
        }
    }

    /// <summary>The robots.txt text served now.</summary>
    public string Render()
    {
        lock (_gate)
        {
            if (_content is not null)
            {
                return _content;
            }

            var text = new StringBuilder("User-agent: *\n");
            if (_disallowed.Count == 0)
            {
                text.Append("Disallow:\n");
            }

            foreach (var path in _disallowed)
            {
                text.Append("Disallow: ").Append(path).Append('\n');
            }

            if (_crawlDelay is { } delay)
            {
                text.Append("Crawl-delay: ").Append(delay.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            return text.ToString();
        }
    }
}
