using System.Net;
using System.Net.Http.Headers;

namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>
/// Adds a fetcher's credentials to each request of its typed <see cref="HttpClient"/>: a bearer access token (OAuth kinds)
/// or the API key header. Credentials go only to the API's own host. A 401 to a request that carried an access token
/// drops that token, obtains a new one (shared by concurrent callers) and retries the request once.
/// </summary>
internal sealed class ApiAuthenticationHandler(ApiAuthenticator authenticator, Uri apiBase) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { } uri || !string.Equals(uri.GetLeftPart(UriPartial.Authority), apiBase.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        switch (authenticator.Kind)
        {
            case ApiAuthenticationKind.ApiKey:
                request.Headers.Remove(authenticator.ApiKeyHeaderName);
                request.Headers.TryAddWithoutValidation(authenticator.ApiKeyHeaderName, authenticator.ApiKey);
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            case ApiAuthenticationKind.ClientCredentials or ApiAuthenticationKind.AuthorizationCode:
                var token = await authenticator.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is not null)
                {
                    return response;
                }

                response.Dispose();
                authenticator.Invalidate(token);
                authenticator.LogRetry();
                var renewed = await authenticator.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            default:
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
