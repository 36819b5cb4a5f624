using System.Collections.Concurrent;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Responses by path and status class, and requests in flight (current and highest). Thread-safe.</summary>
internal sealed class TrafficLog
{
    private readonly ConcurrentDictionary<string, ResponseCounts> _responses = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public void Started()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }
    }

    public void Finished(string path, int status)
    {
        Interlocked.Decrement(ref _inFlight);
        _responses.AddOrUpdate(path, _ => Add(new ResponseCounts(0, 0, 0), status), (_, counts) => Add(counts, status));
    }

    public ResponseCounts For(string path) => _responses.GetValueOrDefault(path) ?? new ResponseCounts(0, 0, 0);

    private static ResponseCounts Add(ResponseCounts counts, int status) => status switch
    {
        200 => counts with { Ok = counts.Ok + 1 },
        304 => counts with { NotModified = counts.NotModified + 1 },
        _ => counts with { Other = counts.Other + 1 },
    };
}
