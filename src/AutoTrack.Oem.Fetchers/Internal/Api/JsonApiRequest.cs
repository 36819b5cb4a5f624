using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>
/// One GET of a JSON API endpoint and every expected failure as a <see cref="FetchOutcome"/>: credentials refused
/// (token endpoint, or the API's 401/403) → <see cref="FetchOutcome.HttpError"/> with a reason starting "Authentication
/// failed"; 404 → <see cref="FetchOutcome.Unsupported"/> (the API has nothing for the vehicle); 429 →
/// <see cref="FetchOutcome.RateLimited"/>; other error statuses → <see cref="FetchOutcome.HttpError"/>; no complete
/// response within <see cref="JsonApiOptions.RequestTimeout"/> → <see cref="FetchOutcome.Timeout"/>; connection failures →
/// <see cref="FetchOutcome.NetworkError"/>; a media type other than JSON or a body over
/// <see cref="JsonApiOptions.MaxResponseBytes"/> → <see cref="FetchOutcome.InvalidResponse"/>; malformed JSON →
/// <see cref="FetchOutcome.ParseError"/>; a body that does not match the declared schema →
/// <see cref="FetchOutcome.LayoutDrift"/> naming the JSON path. Cancellation by the caller is never swallowed.
/// </summary>
internal static class JsonApiRequest
{
    public static async Task<(JsonDocument? Json, SourceDocument? Document, FetchResult? Failure)> GetAsync(
        HttpClient http, Uri url, JsonApiOptions options, JsonElement schema, TimeProvider time, DocumentValidators? known, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            ConditionalRequest.Apply(request, known);

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotModified when ConditionalRequest.IsConditional(known):
                    return Fail(ConditionalRequest.NotModified(url));
                case HttpStatusCode.NotFound:
                    return Fail(FetchOutcome.Unsupported, $"The API has no schedule at {url} (HTTP 404).");
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                    return Fail(FetchOutcome.AuthenticationFailed, string.Create(CultureInfo.InvariantCulture,
                        $"Authentication failed: HTTP {status} {response.ReasonPhrase} from {url}; check the API credentials."));
                case HttpStatusCode.TooManyRequests:
                    return Fail(FetchOutcome.RateLimited, $"HTTP 429 Too Many Requests from {url}.");
            }

            if (!response.IsSuccessStatusCode)
            {
                return Fail(FetchOutcome.HttpError, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase} from {url}."));
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!IsJson(mediaType))
            {
                return Fail(FetchOutcome.InvalidResponse, $"Expected JSON from {url} but the server sent {(mediaType is null ? "no content type" : "'" + mediaType + "'")}.");
            }

            if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
            {
                return Fail(FetchOutcome.InvalidResponse,
                    string.Create(CultureInfo.InvariantCulture, $"{url} is {response.Content.Headers.ContentLength} bytes, over the limit of {options.MaxResponseBytes}."));
            }

            var bytes = await BoundedBody.ReadAsync(response.Content, options.MaxResponseBytes, linked.Token).ConfigureAwait(false);
            if (bytes is null)
            {
                return Fail(FetchOutcome.InvalidResponse,
                    string.Create(CultureInfo.InvariantCulture, $"{url} is larger than the limit of {options.MaxResponseBytes} bytes."));
            }

            var document = ConditionalRequest.Document(response, response.RequestMessage?.RequestUri ?? url, mediaType, bytes, time.GetUtcNow());
            if (ConditionalRequest.SameContent(url, known, document) is { } unchanged)
            {
                return Fail(unchanged);
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(bytes);
            }
            catch (JsonException ex)
            {
                return Fail(FetchResult.Failed(FetchOutcome.ParseError, $"{url}: malformed JSON ({ex.Message})") with { Document = document });
            }

            if (JsonShapeValidator.FirstViolation(schema, json.RootElement) is { } violation)
            {
                json.Dispose();
                return Fail(FetchResult.Failed(FetchOutcome.LayoutDrift, $"{url}: the response no longer matches the declared schema: {violation}.") with { Document = document });
            }

            return (json, document, null);
        }
        catch (ApiAuthenticationException ex)
        {
            // A token endpoint that is down (5xx) is a transient outage, not refused credentials.
            return Fail((int?)ex.StatusCode >= 500 ? FetchOutcome.HttpError : FetchOutcome.AuthenticationFailed, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(FetchOutcome.Timeout,
                string.Create(CultureInfo.InvariantCulture, $"No complete response from {url} within {options.RequestTimeout.TotalSeconds:0.###} s."));
        }
        catch (AutoTrack.Oem.Fetchers.Http.OemHttpException ex)
        {
            return Fail(ex.Outcome, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return Fail(FetchOutcome.NetworkError, $"Could not get {url}: {ex.HttpRequestError}.");
        }
        catch (IOException)
        {
            return Fail(FetchOutcome.NetworkError, $"The connection failed while reading {url}.");
        }
    }

    private static (JsonDocument?, SourceDocument?, FetchResult?) Fail(FetchOutcome outcome, string reason) => (null, null, FetchResult.Failed(outcome, reason));

    private static (JsonDocument?, SourceDocument?, FetchResult?) Fail(FetchResult result) => (null, result.Document, result);

    private static bool IsJson(string? mediaType) => mediaType is not null
        && (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
