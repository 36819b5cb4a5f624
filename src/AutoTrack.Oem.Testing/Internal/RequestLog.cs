using System.Collections.Concurrent;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Counts and records the simulator's requests. Thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public void Record(RecordedRequest request)
    {
        _counts.AddOrUpdate(request.Path, 1, (_, count) => count + 1);
        _requests.Enqueue(request);
    }

    public int Count(string path) => _counts.GetValueOrDefault(path);

    public IReadOnlyList<RecordedRequest> Snapshot() => [.. _requests];
}
