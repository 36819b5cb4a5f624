using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AutoTrack.Oem.Fetchers.Http;

/// <summary>The default <see cref="IHostRequestBudget"/>: counts kept in memory for this process only (a single
/// node). Days other than the latest one seen are forgotten. Thread-safe.</summary>
public sealed class InMemoryHostRequestBudget : IHostRequestBudget
{
    private readonly ConcurrentDictionary<(string Host, DateOnly Day), StrongBox<int>> _used = new();
    private DateOnly _latest;

    /// <inheritdoc />
    public ValueTask<bool> TryTakeAsync(string host, DateOnly day, int dailyLimit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(dailyLimit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        Forget(day);
        var used = _used.GetOrAdd((host.ToUpperInvariant(), day), _ => new StrongBox<int>());
        while (true)
        {
            var current = Volatile.Read(ref used.Value);
            if (current >= dailyLimit)
            {
                return ValueTask.FromResult(false);
            }

            if (Interlocked.CompareExchange(ref used.Value, current + 1, current) == current)
            {
                return ValueTask.FromResult(true);
            }
        }
    }

    /// <summary>Requests taken from the host's budget on the day.</summary>
    /// <param name="host">The host name.</param>
    /// <param name="day">The UTC day.</param>
    /// <returns>The count, 0 when nothing was taken.</returns>
    public int Used(string host, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        return _used.TryGetValue((host.ToUpperInvariant(), day), out var used) ? Volatile.Read(ref used.Value) : 0;
    }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(InMemoryHostRequestBudget)} ({_used.Count} host-day(s))";

    private void Forget(DateOnly day)
    {
        if (day <= _latest)
        {
            return;
        }

        _latest = day;
        foreach (var key in _used.Keys.Where(k => k.Day < day))
        {
            _used.TryRemove(key, out _);
        }
    }
}
