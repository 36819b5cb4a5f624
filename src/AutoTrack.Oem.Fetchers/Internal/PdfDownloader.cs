using System.Globalization;
using System.Net;
using System.Text;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// Downloads one PDF and classifies every expected failure as a <see cref="FetchOutcome"/>: non-success status
/// → <see cref="FetchOutcome.HttpError"/> (404 included: the index named the document, so its absence is a source
/// problem), no complete response within <see cref="OemPdfSourceOptions.RequestTimeout"/> (measured with the
/// injected <see cref="TimeProvider"/>) → <see cref="FetchOutcome.Timeout"/>, connection failures →
/// <see cref="FetchOutcome.NetworkError"/>, a media type other than PDF (application/octet-stream is accepted only
/// when the bytes start with "%PDF-") or a body over <see cref="OemPdfSourceOptions.MaxDocumentBytes"/> →
/// <see cref="FetchOutcome.InvalidResponse"/>, as is a body cut short after the headers. Refusals and give-ups of the
/// AutoTrack.Oem HTTP layer (<see cref="AutoTrack.Oem.Fetchers.Http.OemHttpException"/>) keep their outcome. Cancellation by the caller is
/// never swallowed.
/// </summary>
internal sealed class PdfDownloader(HttpClient http, TimeProvider timeProvider)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <param name="url">The document.</param>
    /// <param name="options">Limits.</param>
    /// <param name="known">Validators of the stored copy: the request is conditional (If-None-Match /
    /// If-Modified-Since), a 304 is "not modified" without a download, and a 200 with the same bytes is "not
    /// modified" without a parse.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public async Task<PdfDownload> DownloadAsync(Uri url, OemPdfSourceOptions options, DocumentValidators? known, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        long? declaredLength = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/pdf");
            ConditionalRequest.Apply(request, known);

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new PdfDownload(null, null, ConditionalRequest.NotModified(url));
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var hint = response.StatusCode == HttpStatusCode.NotFound ? "; the document index may be out of date" : string.Empty;
                return PdfDownload.Failed(FetchOutcome.HttpError,
                    string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase} from {url}{hint}."));
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (response.Content.Headers.ContentLength > options.MaxDocumentBytes)
            {
                return PdfDownload.Failed(FetchOutcome.InvalidResponse,
                    string.Create(CultureInfo.InvariantCulture, $"{url} is {response.Content.Headers.ContentLength} bytes, over the limit of {options.MaxDocumentBytes}."));
            }

            declaredLength = response.Content.Headers.ContentLength ?? -1;
            var bytes = await BoundedBody.ReadAsync(response.Content, options.MaxDocumentBytes, linked.Token).ConfigureAwait(false);
            if (bytes is null)
            {
                return PdfDownload.Failed(FetchOutcome.InvalidResponse,
                    string.Create(CultureInfo.InvariantCulture, $"{url} is larger than the limit of {options.MaxDocumentBytes} bytes."));
            }

            if (!IsPdf(mediaType, bytes))
            {
                return PdfDownload.Failed(FetchOutcome.InvalidResponse,
                    $"Expected a PDF from {url} but the server sent {(mediaType is null ? "no content type" : "'" + mediaType + "'")}{Preview(mediaType, bytes)}.");
            }

            var document = ConditionalRequest.Document(response, response.RequestMessage?.RequestUri ?? url, mediaType, bytes, timeProvider.GetUtcNow());
            if (ConditionalRequest.SameContent(url, known, document) is { } unchanged)
            {
                return new PdfDownload(null, null, unchanged);
            }

            return PdfDownload.Succeeded(bytes, document);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PdfDownload.Failed(FetchOutcome.Timeout,
                string.Create(CultureInfo.InvariantCulture, $"No complete response from {url} within {options.RequestTimeout.TotalSeconds:0.###} s."));
        }
        catch (AutoTrack.Oem.Fetchers.Http.OemHttpException ex)
        {
            return PdfDownload.Failed(ex.Outcome, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return PdfDownload.Failed(FetchOutcome.NetworkError, $"Could not get {url}: {ex.HttpRequestError} ({ex.Message}).");
        }
        catch (IOException ex) when (declaredLength is not null)
        {
            var declared = declaredLength >= 0 ? string.Create(CultureInfo.InvariantCulture, $" of {declaredLength} bytes") : string.Empty;
            return PdfDownload.Failed(FetchOutcome.InvalidResponse, $"The body{declared} of {url} was truncated: the connection failed after the headers ({ex.Message}).");
        }
        catch (IOException ex)
        {
            return PdfDownload.Failed(FetchOutcome.NetworkError, $"The connection failed while reading {url}: {ex.Message}");
        }
    }

    private static bool IsPdf(string? mediaType, byte[] bytes) => mediaType switch
    {
        "application/pdf" or "application/x-pdf" => true,
        null or "application/octet-stream" or "binary/octet-stream" => bytes.AsSpan().StartsWith(PdfMagic),
        _ => false,
    };

    private static string Preview(string? mediaType, byte[] bytes)
    {
        if (mediaType is null || !mediaType.StartsWith("text/", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 60)).ReplaceLineEndings(" ").Trim();
        return $" starting \"{text}\"";
    }
}
