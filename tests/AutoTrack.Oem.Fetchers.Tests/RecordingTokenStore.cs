using System.Collections.Concurrent;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>An <see cref="ITokenStore"/> that remembers every refresh token it was given, as a durable store would.</summary>
internal sealed class RecordingTokenStore : ITokenStore
{
    private readonly InMemoryTokenStore _inner = new();

    public ConcurrentQueue<(string Key, string Token)> Writes { get; } = new();

    public ValueTask<string?> GetRefreshTokenAsync(string key, CancellationToken cancellationToken) => _inner.GetRefreshTokenAsync(key, cancellationToken);

    public ValueTask SetRefreshTokenAsync(string key, string refreshToken, CancellationToken cancellationToken)
    {
        Writes.Enqueue((key, refreshToken));
        return _inner.SetRefreshTokenAsync(key, refreshToken, cancellationToken);
    }
}
