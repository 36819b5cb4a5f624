using System.Collections.Concurrent;

namespace AutoTrack.Oem.Fetchers;

/// <summary>The default <see cref="ITokenStore"/>: refresh tokens kept in memory for the process's lifetime. Thread-safe.</summary>
public sealed class InMemoryTokenStore : ITokenStore
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<string?> GetRefreshTokenAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(_tokens.TryGetValue(key, out var token) ? token : null);
    }

    /// <inheritdoc />
    public ValueTask SetRefreshTokenAsync(string key, string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        _tokens[key] = refreshToken;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(InMemoryTokenStore)} ({_tokens.Count} key(s))";
}
