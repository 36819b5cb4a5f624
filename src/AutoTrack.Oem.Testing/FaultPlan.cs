namespace AutoTrack.Oem.Testing;

/// <summary>
/// The faults an <see cref="OemSimulator"/> injects, by path prefix. The first injected fault whose prefix matches a
/// request and that has uses left applies. A prefix "/" matches every path except "/robots.txt" (faults reach
/// robots.txt only through a prefix starting "/robots"). Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>Applies <paramref name="fault"/> to requests whose path starts with <paramref name="pathPrefix"/> ("/toyota/").</summary>
    /// <returns>This plan, for chaining.</returns>
    public FaultPlan Inject(string pathPrefix, Fault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPrefix);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _entries.Add(new Entry(pathPrefix, fault, fault.Times ?? -1));
        }

        return this;
    }

    /// <summary>Removes every fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The fault for a request path, consuming one use; null when none applies.</summary>
    internal Fault? Take(string path)
    {
        var robots = path.StartsWith("/robots", StringComparison.Ordinal);
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                if (entry.Remaining == 0 || !path.StartsWith(entry.Prefix, StringComparison.Ordinal)
                    || (robots && !entry.Prefix.StartsWith("/robots", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (entry.Remaining > 0)
                {
                    entry.Remaining--;
                }

                return entry.Fault;
            }
        }

        return null;
    }

    private sealed class Entry(string prefix, Fault fault, int remaining)
    {
        public string Prefix { get; } = prefix;

        public Fault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
