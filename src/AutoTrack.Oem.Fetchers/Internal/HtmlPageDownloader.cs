using System.Globalization;
using System.Text;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// Downloads one HTML page for an <see cref="HtmlPortalFetcher"/>: the honest User-Agent, redirects followed only to
/// allowed hosts (at most five), text/html or application/xhtml+xml only, a size cap, a timeout measured with the
/// injected <see cref="TimeProvider"/>. With known validators the request is conditional (<see cref="ConditionalRequest"/>):
/// a 304, or a 200 with the stored bytes, comes back as a <see cref="FetchResult.NotModified"/> "failure" so the caller
/// parses nothing. Every expected failure becomes a <see cref="FetchResult"/>; cancellation by the caller is never
/// swallowed.
/// </summary>
internal sealed class HtmlPageDownloader(HttpClient http, TimeProvider timeProvider)
{
    private const int MaxRedirects = 5;

    public async Task<(string? Html, SourceDocument? Document, FetchResult? Failure)> DownloadAsync(
        Uri url, FetcherMetadata metadata, HtmlPortalOptions options, DocumentValidators? known, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!HostPolicy.Allows(metadata, url, current))
                {
                    return Fail(FetchOutcome.InvalidResponse, $"{url} led to {current}, whose host is not allowed for {metadata.Name}.");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd("text/html");
                request.Headers.Accept.ParseAdd("application/xhtml+xml");
                if (request.Headers.UserAgent.Count == 0 && http.DefaultRequestHeaders.UserAgent.Count == 0)
                {
                    request.Headers.UserAgent.ParseAdd(OemUserAgent.Value);
                }

                ConditionalRequest.Apply(request, known);

                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var finalUri = response.RequestMessage?.RequestUri ?? current;
                if (!HostPolicy.Allows(metadata, url, finalUri))
                {
                    return Fail(FetchOutcome.InvalidResponse, $"{url} was redirected to {finalUri}, whose host is not allowed for {metadata.Name}.");
                }

                var status = (int)response.StatusCode;
                if (response.StatusCode == System.Net.HttpStatusCode.NotModified && ConditionalRequest.IsConditional(known))
                {
                    return (null, null, ConditionalRequest.NotModified(finalUri));
                }

                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= MaxRedirects)
                    {
                        return Fail(FetchOutcome.InvalidResponse, string.Create(CultureInfo.InvariantCulture, $"{url} redirected more than {MaxRedirects} times."));
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(finalUri, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Fail(FetchOutcome.HttpError, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase} from {finalUri}."));
                }

                var contentType = response.Content.Headers.ContentType;
                if (contentType?.MediaType is not ("text/html" or "application/xhtml+xml"))
                {
                    return Fail(FetchOutcome.InvalidResponse, $"Expected an HTML page from {finalUri} but the server sent {(contentType?.MediaType is { } m ? "'" + m + "'" : "no content type")}.");
                }

                if (response.Content.Headers.ContentLength > options.MaxPageBytes)
                {
                    return Fail(FetchOutcome.InvalidResponse, string.Create(CultureInfo.InvariantCulture, $"{finalUri} is {response.Content.Headers.ContentLength} bytes, over the limit of {options.MaxPageBytes}."));
                }

                var bytes = await BoundedBody.ReadAsync(response.Content, options.MaxPageBytes, linked.Token).ConfigureAwait(false);
                if (bytes is null)
                {
                    return Fail(FetchOutcome.InvalidResponse, string.Create(CultureInfo.InvariantCulture, $"{finalUri} is larger than the limit of {options.MaxPageBytes} bytes."));
                }

                var document = ConditionalRequest.Document(response, finalUri, contentType.MediaType, bytes, timeProvider.GetUtcNow());
                if (ConditionalRequest.SameContent(finalUri, known, document) is { } unchanged)
                {
                    return (null, null, unchanged);
                }

                var html = Decode(bytes, contentType.CharSet);
                return (html, document, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(FetchOutcome.Timeout, string.Create(CultureInfo.InvariantCulture, $"No complete response from {current} within {options.RequestTimeout.TotalSeconds:0.###} s."));
        }
        catch (AutoTrack.Oem.Fetchers.Http.OemHttpException ex)
        {
            return Fail(ex.Outcome, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return Fail(FetchOutcome.NetworkError, $"Could not get {current}: {ex.HttpRequestError} ({ex.Message}).");
        }
        catch (IOException ex)
        {
            return Fail(FetchOutcome.NetworkError, $"The connection failed while reading {current}: {ex.Message}");
        }
    }

    private static (string?, SourceDocument?, FetchResult?) Fail(FetchOutcome outcome, string reason) => (null, null, FetchResult.Failed(outcome, reason));

    private static string Decode(byte[] bytes, string? charset)
    {
        Encoding encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }

        return encoding.GetString(bytes);
    }
}
