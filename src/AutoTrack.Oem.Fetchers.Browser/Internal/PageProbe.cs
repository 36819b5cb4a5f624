using System.Net;
using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Fetchers.Internal;

namespace AutoTrack.Oem.Fetchers.Browser.Internal;

/// <summary>
/// The cheap check before a browser render: a conditional HEAD of the page through the fetcher's (polite) HTTP client
/// with the stored validators. A 304 means the page is unchanged and the browser is not started; a refusal of the HTTP
/// layer (robots.txt, the kill switch) is that refusal; anything else - a 200, another status, a failed or slow probe -
/// says nothing certain, and the page is rendered as usual (the render reports its own errors).
/// </summary>
internal sealed class PageProbe(HttpClient http, TimeProvider timeProvider)
{
    /// <summary>NotModified, the HTTP layer's refusal, or null to render.</summary>
    public async Task<FetchResult?> CheckAsync(Uri url, DocumentValidators known, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, url);
            request.Headers.Accept.ParseAdd("text/html");
            if (request.Headers.UserAgent.Count == 0 && http.DefaultRequestHeaders.UserAgent.Count == 0)
            {
                request.Headers.UserAgent.ParseAdd(OemUserAgent.Value);
            }

            ConditionalRequest.Apply(request, known);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.NotModified ? ConditionalRequest.NotModified(url) : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (OemHttpException ex) when (ex.Outcome is not (FetchOutcome.HttpError or FetchOutcome.Timeout or FetchOutcome.NetworkError))
        {
            return FetchResult.Failed(ex.Outcome, ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return null;
        }
    }
}
