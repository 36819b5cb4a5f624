using System.Globalization;
using System.Text;
using AutoTrack.Oem.Fetchers.Browser.Internal;
using AutoTrack.Oem.Fetchers.Internal;
using Microsoft.Playwright;

namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>
/// The base of adapters for owner portals that render their maintenance schedule with JavaScript. The base opens a
/// page in the shared headless Chromium (<see cref="BrowserSession"/>), lets only requests to allowed hosts through,
/// navigates to <see cref="PortalFetcher.PageFor"/>, hands the page to <see cref="ReadItemsAsync"/> (which clicks, waits for the
/// content - locators, WaitForSelector, WaitForResponse, never fixed sleeps - and reads rows), and always closes the
/// page. The whole page is bounded by <see cref="BrowserPortalOptions.PageTimeout"/>.
/// </summary>
/// <remarks>
/// Outcomes: no page for the vehicle is <see cref="FetchOutcome.Unsupported"/>; no browser installed or a failed
/// launch is <see cref="FetchOutcome.SkippedNoBrowser"/> with the fix in the reason; an HTTP error status of the
/// page is <see cref="FetchOutcome.HttpError"/>; a page or wait past the page timeout is
/// <see cref="FetchOutcome.Timeout"/>; a failed connection is <see cref="FetchOutcome.NetworkError"/>; a page address
/// outside <see cref="FetcherMetadata.AllowedHosts"/> (or, when that list is empty, the page's own host) is
/// <see cref="FetchOutcome.InvalidResponse"/> and requests to other hosts are blocked; <see cref="ReadItemsAsync"/>
/// returning null or no items is <see cref="FetchOutcome.LayoutDrift"/>; any other browser error (a crashed page, a
/// script that fails) is <see cref="FetchOutcome.ParseError"/>. Cancelling the token closes the page and
/// throws <see cref="OperationCanceledException"/>. On success the result's document is the rendered HTML, with the
/// page's ETag and Last-Modified as the server sent them.
/// <para>Each page is a document (<see cref="PortalFetcher.ResolveDocument"/>), rendered once per run for every vehicle it covers. A
/// browser cannot make a conditional request cheaply, so when validators are stored the fetcher first sends a
/// conditional HEAD of the page through its HTTP client (the polite AutoTrack.Oem HTTP layer when registered through
/// DI): a 304 spares the browser entirely. This relies on the page's validators changing when its schedule does (a
/// page that loads its data from a fixed address with a fixed ETag would look unchanged); a portal whose page never
/// answers 304 is simply rendered every run, and a render identical to the stored one is still "not modified".</para>
/// </remarks>
public abstract class BrowserPortalFetcher : PortalFetcher
{
    private const int MaxRedirects = 5;

    private readonly BrowserSession _session;
    private readonly PageProbe _probe;
    private readonly BrowserPortalOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="session">The process's browser.</param>
    /// <param name="httpClient">The client for the conditional HEAD that can spare a render (a typed client from DI,
    /// through the AutoTrack.Oem HTTP layer).</param>
    /// <param name="options">The portal's options.</param>
    /// <param name="timeProvider">The clock retrieval times are read from.</param>
    /// <exception cref="ArgumentException">The options have no <see cref="BrowserPortalOptions.BaseAddress"/>.</exception>
    protected BrowserPortalFetcher(BrowserSession session, HttpClient httpClient, BrowserPortalOptions options, TimeProvider timeProvider)
        : base((options ?? throw new ArgumentNullException(nameof(options))).BaseAddress, options.GetType().Name)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);

        _session = session;
        _probe = new PageProbe(httpClient, timeProvider);
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Reads the schedule from the loaded page: expand what must be expanded, wait for the content (locators wait on
    /// their own; Playwright's default timeout is set to the page timeout), read the rows. Returns the items in page
    /// order, or null when the page no longer has the expected structure (<see cref="FetchOutcome.LayoutDrift"/>).
    /// </summary>
    /// <param name="page">The page, navigated and with its DOM loaded.</param>
    /// <param name="cancellationToken">Cancelled when the fetch is cancelled or times out (the page is then closed too).</param>
    protected abstract Task<IReadOnlyList<RawScheduleItem>?> ReadItemsAsync(IPage page, CancellationToken cancellationToken);

    /// <summary>
    /// Renders one page resolved by <see cref="PortalFetcher.ResolveDocument"/>. With known validators a conditional HEAD of the page
    /// goes first, through the HTTP client: a 304 is <see cref="FetchOutcome.NotModified"/> and no browser page is
    /// opened. Otherwise the page is rendered; a rendering identical to the stored one is also
    /// <see cref="FetchOutcome.NotModified"/>. Other outcomes as in the class remarks.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return FetchAsync(document.Url, known, cancellationToken);
    }

    private async Task<FetchResult> FetchAsync(Uri url, DocumentValidators? known, CancellationToken cancellationToken)
    {
        if (!PortalHosts.Allows(Metadata, url, url))
        {
            return FetchResult.Failed(FetchOutcome.InvalidResponse, $"{url} is not on a host {Metadata.Name} may contact.");
        }

        if (known is not null && ConditionalRequest.IsConditional(known)
            && await _probe.CheckAsync(url, known, _options.PageTimeout, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            return answered;
        }

        var (context, unavailable) = await _session.ContextAsync(Metadata.Name, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return FetchResult.Failed(FetchOutcome.SkippedNoBrowser, $"{Metadata.Name} needs a browser for {url}: {unavailable}");
        }

        using var timeout = new CancellationTokenSource(_options.PageTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        try
        {
            // Closing the page aborts whatever Playwright is waiting for; the catch blocks below tell why.
            await using var closeOnCancel = linked.Token.Register(() => _ = ClosePageAsync(page)).ConfigureAwait(false);
            var milliseconds = (float)_options.PageTimeout.TotalMilliseconds;
            page.SetDefaultTimeout(milliseconds);
            page.SetDefaultNavigationTimeout(milliseconds);
            await page.RouteAsync("**/*", route => RouteAsync(route, url, milliseconds)).ConfigureAwait(false);

            var response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded }).ConfigureAwait(false);
            if (response is null || !response.Ok)
            {
                var status = response?.Status ?? 0;
                return FetchResult.Failed(FetchOutcome.HttpError, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response?.StatusText} from {url}."));
            }

            var items = await ReadItemsAsync(page, linked.Token).ConfigureAwait(false);
            linked.Token.ThrowIfCancellationRequested();
            var html = await page.ContentAsync().ConfigureAwait(false);
            var headers = await response.AllHeadersAsync().ConfigureAwait(false);
            var document = new SourceDocument(new Uri(page.Url), "text/html", Encoding.UTF8.GetBytes(html), _timeProvider.GetUtcNow())
            {
                ETag = headers.GetValueOrDefault("etag"),
                LastModified = DateTimeOffset.TryParse(headers.GetValueOrDefault("last-modified"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified : null,
            };
            if (ConditionalRequest.SameContent(url, known, document) is { } unchanged)
            {
                return unchanged;
            }

            if (items is null || items.Count == 0)
            {
                return FetchResult.Failed(FetchOutcome.LayoutDrift, $"{url}: the page no longer shows the maintenance schedule where {Metadata.Name} expects it.") with { Document = document };
            }

            var title = await page.TitleAsync().ConfigureAwait(false);
            var schedule = new RawSchedule(document.Url, SourceKind.OemPortal, document.RetrievedAt, items)
            {
                Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            };
            return FetchResult.Success(schedule, document);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"{Metadata.Name}: the fetch of {url} was cancelled.", ex, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is PlaywrightException or OperationCanceledException && timeout.IsCancellationRequested))
        {
            return FetchResult.Failed(FetchOutcome.Timeout, string.Create(CultureInfo.InvariantCulture,
                $"{url} did not show its schedule within the page timeout of {_options.PageTimeout.TotalSeconds:0.###} s ({FirstLine(ex.Message)})"));
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("net::ERR_", StringComparison.Ordinal))
        {
            return FetchResult.Failed(FetchOutcome.NetworkError, $"Could not load {url}: {FirstLine(ex.Message)}");
        }
        catch (PlaywrightException ex)
        {
            return FetchResult.Failed(FetchOutcome.ParseError, $"The browser could not read {url}: {FirstLine(ex.Message)}");
        }
        finally
        {
            await ClosePageAsync(page).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Lets a request through only to an allowed host. Playwright's routes never see the redirects the browser follows
    /// by itself, so an allowed request is fetched here hop by hop, each redirect's target checked before it is
    /// requested (at most five), and the final response handed to the page; a redirect elsewhere is blocked. A
    /// response that fails or is cut short aborts the request with the matching network error.
    /// </summary>
    private async Task RouteAsync(IRoute route, Uri page, float timeoutMilliseconds)
    {
        try
        {
            var current = new Uri(route.Request.Url);
            if (!PortalHosts.Allows(Metadata, page, current))
            {
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            if (current.Scheme is "data" or "blob")
            {
                await route.ContinueAsync().ConfigureAwait(false);
                return;
            }

            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                var response = await route.FetchAsync(new RouteFetchOptions { Url = current.AbsoluteUri, MaxRedirects = 0, Timeout = timeoutMilliseconds }).ConfigureAwait(false);
                if (response.Status is < 300 or >= 400 || !response.Headers.TryGetValue("location", out var location))
                {
                    await route.FulfillAsync(new RouteFulfillOptions { Response = response }).ConfigureAwait(false);
                    return;
                }

                current = new Uri(current, location);
                if (!PortalHosts.Allows(Metadata, page, current))
                {
                    await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                    return;
                }
            }

            await route.AbortAsync("failed").ConfigureAwait(false);
        }
        catch (PlaywrightException ex)
        {
            await AbortQuietlyAsync(route, ex.Message switch
            {
                var m when m.Contains("ECONNREFUSED", StringComparison.Ordinal) => "connectionrefused",
                var m when m.Contains("ECONNRESET", StringComparison.Ordinal) || m.Contains("socket hang up", StringComparison.Ordinal) => "connectionreset",
                var m when m.Contains("Timeout", StringComparison.OrdinalIgnoreCase) => "timedout",
                _ => "failed",
            }).ConfigureAwait(false);
        }
    }

    private static async Task AbortQuietlyAsync(IRoute route, string errorCode)
    {
        try
        {
            await route.AbortAsync(errorCode).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page is gone already.
        }
    }

    private static async Task ClosePageAsync(IPage page)
    {
        try
        {
            if (!page.IsClosed)
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }
        catch (PlaywrightException)
        {
            // Already closed, or the browser went away: either way the page is gone.
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
