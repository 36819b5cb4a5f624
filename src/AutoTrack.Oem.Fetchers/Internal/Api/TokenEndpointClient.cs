namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>The typed client a <typeparamref name="TFetcher"/> uses for its token endpoint, so token requests go
/// through the polite HTTP layer (kill switch, limits, daily budget, retries) like every other request.</summary>
/// <typeparam name="TFetcher">The API fetcher the tokens are for.</typeparam>
internal sealed class TokenEndpointClient<TFetcher>(HttpClient http)
    where TFetcher : JsonApiFetcher
{
    public HttpClient Http => http;
}
