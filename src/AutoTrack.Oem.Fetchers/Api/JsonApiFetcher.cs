using System.Text.Json;
using AutoTrack.Oem.Fetchers.Internal.Api;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// The reusable strategy for manufacturers' JSON APIs: GET the endpoint <see cref="EndpointFor"/> names for a vehicle
/// (one resource per document: <see cref="ResolveDocument"/>; the pipeline requests it once per run for every vehicle
/// it covers, conditionally with the stored ETag / Last-Modified, and a 304 costs no download, no parse and no write), check the content type and size, parse with
/// System.Text.Json, validate the body against the declared <see cref="ResponseSchema"/>, and map it to
/// <see cref="RawScheduleItem"/>s with <see cref="ReadItems"/>. Authentication is not done here but by the handler the
/// registration adds to the fetcher's typed <see cref="HttpClient"/> (see <see cref="ApiAuthenticationOptions"/>).
/// </summary>
/// <remarks>
/// Expected failures are results, never exceptions: refused credentials (by the token endpoint or the API) are
/// <see cref="FetchOutcome.HttpError"/> with a reason starting "Authentication failed" (and never containing a secret);
/// 404 is <see cref="FetchOutcome.Unsupported"/>; 429 is <see cref="FetchOutcome.RateLimited"/>; other error statuses
/// <see cref="FetchOutcome.HttpError"/>; a non-JSON media type or an oversized body
/// <see cref="FetchOutcome.InvalidResponse"/>; malformed JSON <see cref="FetchOutcome.ParseError"/>; a body missing a
/// required property or with a wrong type <see cref="FetchOutcome.LayoutDrift"/> whose reason names the JSON path
/// ("$.items[2].action is required but missing"); time-outs and connection failures
/// <see cref="FetchOutcome.Timeout"/> and <see cref="FetchOutcome.NetworkError"/>. The response bytes are kept as the
/// result's <see cref="SourceDocument"/> (also on parse and drift failures) so they can be stored and re-read.
/// </remarks>
public abstract class JsonApiFetcher : DocumentFetcher
{
    private readonly HttpClient _http;
    private readonly JsonApiOptions _options;
    private readonly Uri _baseAddress;
    private readonly TimeProvider _time;
    private readonly Lazy<JsonDocument> _schema;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="httpClient">The typed client, with the authentication handler when registered through DI.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="timeProvider">The clock for time-outs and retrieval times.</param>
    /// <exception cref="ArgumentException">The options have no <see cref="JsonApiOptions.BaseAddress"/>.</exception>
    protected JsonApiFetcher(HttpClient httpClient, JsonApiOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _http = httpClient;
        _options = options;
        _time = timeProvider;
        var address = options.BaseAddress ?? throw new ArgumentException("JsonApiOptions.BaseAddress is required.", nameof(options));
        _baseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        _schema = new Lazy<JsonDocument>(() => JsonDocument.Parse(ResponseSchema), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The schema every response must match, as JSON in a subset of JSON Schema: <c>type</c> (a name or an array
    /// of names among object, array, string, integer, number, boolean, null), <c>required</c>, <c>properties</c>,
    /// <c>items</c> and <c>minItems</c>. Undeclared properties are allowed.</summary>
    protected abstract string ResponseSchema { get; }

    /// <summary>The API's root, always ending in a slash.</summary>
    protected Uri BaseAddress => _baseAddress;

    /// <summary>The endpoint that returns the vehicle's schedule, relative to <see cref="BaseAddress"/> (a leading "/" is
    /// ignored) or absolute; null when the API has nothing for the vehicle (no request is made).</summary>
    /// <param name="vehicle">A vehicle <see cref="MaintenanceFetcher.Supports"/> accepted.</param>
    protected abstract Uri? EndpointFor(VehicleDescriptor vehicle);

    /// <summary>Maps a response that matched <see cref="ResponseSchema"/> to raw items, keeping the API's original text.
    /// May throw <see cref="InvalidOperationException"/>, <see cref="FormatException"/> or
    /// <see cref="KeyNotFoundException"/> for content the schema cannot express; that is layout drift.</summary>
    /// <param name="response">The response's root element.</param>
    protected abstract IReadOnlyList<RawScheduleItem> ReadItems(JsonElement response);

    /// <summary>The schedule's title, when the response states one.</summary>
    /// <param name="response">The response's root element.</param>
    protected virtual string? ReadTitle(JsonElement response) => null;

    /// <summary>The vehicle's endpoint (<see cref="EndpointFor"/>, resolved against <see cref="BaseAddress"/>) as a document:
    /// an API resource usually answers for one model year of a model, every trim, so the pipeline requests it once per
    /// run for all the vehicles it covers. Null when the fetcher does not support the vehicle or has no endpoint for it.</summary>
    public override DocumentReference? ResolveDocument(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return Supports(vehicle) && EndpointFor(vehicle) is { } endpoint ? new DocumentReference(Resolve(endpoint)) : null;
    }

    /// <summary>Gets one resource resolved by <see cref="ResolveDocument"/>. With known validators the request is
    /// conditional (If-None-Match, else If-Modified-Since): a 304, or the stored bytes again, is
    /// <see cref="FetchOutcome.NotModified"/> and nothing is parsed. Other outcomes as listed on the class.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return FetchAsync(document.Url, known, cancellationToken);
    }

    private Uri Resolve(Uri endpoint) => endpoint.IsAbsoluteUri ? endpoint : new Uri(_baseAddress, endpoint.OriginalString.TrimStart('/'));

    private async Task<FetchResult> FetchAsync(Uri url, DocumentValidators? known, CancellationToken cancellationToken)
    {
        var (json, document, failure) = await JsonApiRequest.GetAsync(_http, url, _options, _schema.Value.RootElement, _time, known, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        using (json)
        {
            IReadOnlyList<RawScheduleItem> items;
            string? title;
            try
            {
                items = ReadItems(json!.RootElement);
                title = ReadTitle(json.RootElement);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException)
            {
                return FetchResult.Failed(FetchOutcome.LayoutDrift, $"{url}: the response could not be mapped: {ex.Message}") with { Document = document };
            }

            if (items.Count == 0)
            {
                return FetchResult.Failed(FetchOutcome.LayoutDrift, $"{url}: the response lists no maintenance items.") with { Document = document };
            }

            var schedule = new RawSchedule(document!.Url, Metadata.SourceKind, document.RetrievedAt, items) { Title = title };
            return FetchResult.Success(schedule, document);
        }
    }
}
