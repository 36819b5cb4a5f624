namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Where OAuth 2.0 refresh tokens are kept between runs. Authorization servers usually rotate the refresh token on
/// every use, so the newest one must be persisted or the next process start cannot authenticate. The default,
/// <see cref="InMemoryTokenStore"/>, keeps them for the process's lifetime; register your own (a database row, a vault
/// secret) as a singleton before the fetcher to persist them.
/// </summary>
public interface ITokenStore
{
    /// <summary>The newest refresh token stored under the key, or null when none has been stored.</summary>
    /// <param name="key">The fetcher and client the token belongs to ("sample-oem-api:client-id").</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<string?> GetRefreshTokenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores a (rotated) refresh token under the key, replacing the previous one.</summary>
    /// <param name="key">The fetcher and client the token belongs to.</param>
    /// <param name="refreshToken">The new refresh token (a secret: never log it).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SetRefreshTokenAsync(string key, string refreshToken, CancellationToken cancellationToken);
}
