using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AutoTrack.Oem.Fetchers.Internal;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// The base of adapters for owner portals whose maintenance schedule is in the page's HTML (no JavaScript needed):
/// the base downloads the page (honest User-Agent, text/html only, <see cref="HtmlPortalOptions.MaxPageBytes"/> cap,
/// <see cref="HtmlPortalOptions.RequestTimeout"/>, redirects only to allowed hosts), parses it with AngleSharp's
/// <see cref="HtmlParser"/>, and hands the document to <see cref="ReadItems"/>; the adapter only knows the page's
/// address and where the schedule is on it.
/// </summary>
/// <remarks>
/// Outcomes: no page for the vehicle is <see cref="FetchOutcome.Unsupported"/> (no request made); HTTP errors,
/// timeouts, connection failures and wrong content types or sizes as in the PDF fetchers; a redirect or page address
/// outside <see cref="FetcherMetadata.AllowedHosts"/> (or, when that list is empty, the page's own host) is
/// <see cref="FetchOutcome.InvalidResponse"/>; <see cref="ReadItems"/> returning null or no items is
/// <see cref="FetchOutcome.LayoutDrift"/>. Cancelling the token throws <see cref="OperationCanceledException"/>.
/// Each page is a document (<see cref="PortalFetcher.ResolveDocument"/>): the pipeline fetches it once per run for every vehicle it
/// covers, conditionally with the validators stored from the last fetch, and a 304 costs no download, no parse and
/// no write.
/// </remarks>
public abstract class HtmlPortalFetcher : PortalFetcher
{
    private readonly HtmlPortalOptions _options;
    private readonly HtmlPageDownloader _downloader;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="httpClient">The client pages are downloaded with (a typed client from DI, with the User-Agent set).</param>
    /// <param name="options">The portal's options.</param>
    /// <param name="timeProvider">The clock timeouts and retrieval times are read from.</param>
    /// <exception cref="ArgumentException">The options have no <see cref="HtmlPortalOptions.BaseAddress"/>.</exception>
    protected HtmlPortalFetcher(HttpClient httpClient, HtmlPortalOptions options, TimeProvider timeProvider)
        : base((options ?? throw new ArgumentNullException(nameof(options))).BaseAddress, options.GetType().Name)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _downloader = new HtmlPageDownloader(httpClient, timeProvider);
    }

    /// <summary>Reads the schedule from the parsed page: the items in page order, or null when the page no longer
    /// has the expected structure (reported as <see cref="FetchOutcome.LayoutDrift"/>).</summary>
    /// <param name="page">The parsed page.</param>
    protected abstract IReadOnlyList<RawScheduleItem>? ReadItems(IHtmlDocument page);

    /// <summary>True when a link or redirect target may be followed: its host is in
    /// <see cref="FetcherMetadata.AllowedHosts"/>, or that list is empty and it is <paramref name="page"/>'s host.</summary>
    protected bool IsAllowed(Uri page, Uri target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        return HostPolicy.Allows(Metadata, page, target);
    }

    /// <summary>Downloads one page resolved by <see cref="PortalFetcher.ResolveDocument"/> and reads its schedule. With known
    /// validators the request is conditional (If-None-Match, else If-Modified-Since): a 304, or the stored bytes again,
    /// is <see cref="FetchOutcome.NotModified"/> and nothing is parsed. Other outcomes as in the class remarks.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return FetchAsync(document.Url, known, cancellationToken);
    }

    private async Task<FetchResult> FetchAsync(Uri url, DocumentValidators? known, CancellationToken cancellationToken)
    {
        var (html, document, failure) = await _downloader.DownloadAsync(url, Metadata, _options, known, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        using var page = await new HtmlParser().ParseDocumentAsync(html!, cancellationToken).ConfigureAwait(false);
        var items = ReadItems(page);
        if (items is null || items.Count == 0)
        {
            return FetchResult.Failed(FetchOutcome.LayoutDrift, $"{document!.Url}: the page no longer shows the maintenance schedule where {Metadata.Name} expects it.") with { Document = document };
        }

        var title = string.IsNullOrWhiteSpace(page.Title) ? null : page.Title.Trim();
        return FetchResult.Success(new RawSchedule(document!.Url, SourceKind.OemPortal, document.RetrievedAt, items) { Title = title }, document);
    }
}
