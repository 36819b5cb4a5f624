namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>The <see cref="ApiAuthenticator"/> of one fetcher type, so each registered fetcher has its own singleton token cache.</summary>
/// <typeparam name="TFetcher">The fetcher.</typeparam>
internal sealed class FetcherAuthenticator<TFetcher>(ApiAuthenticator authenticator) : IDisposable
    where TFetcher : JsonApiFetcher
{
    public ApiAuthenticator Authenticator { get; } = authenticator;

    public void Dispose() => Authenticator.Dispose();
}
