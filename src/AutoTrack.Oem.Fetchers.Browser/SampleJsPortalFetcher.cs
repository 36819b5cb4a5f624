using AutoTrack.Oem.Fetchers.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>
/// Reads the AutoTrack.Oem simulator's JavaScript sample portal ("{BaseAddress}/{year}/{make}/{model}.html", make and
/// model as lower-case slugs), whose maintenance table is not in the HTML: it clicks the "Maintenance schedule"
/// section, waits for the table the page renders from its (slow) API call, and reads the columns Service, Interval,
/// Driving conditions and Note. Each row becomes a <see cref="RawScheduleItem"/> whose text is the row read as a
/// sentence ("Replace engine oil and filter. Every 10,000 miles or 12 months."), under the section "Normal schedule"
/// or "Special operating conditions / {conditions}". An example adapter for <see cref="BrowserPortalFetcher"/>: the
/// pages are labelled "SAMPLE - not verified OEM data".
/// </summary>
/// <remarks>Supports the vehicles of <see cref="SampleJsPortalOptions.Makes"/>, or every vehicle when none are listed
/// (the portal answers 404, <see cref="FetchOutcome.HttpError"/>, for those it does not list); one page covers every
/// trim of a model year; a page without the section or the table's columns is <see cref="FetchOutcome.LayoutDrift"/>; a table
/// that does not appear within the page timeout is <see cref="FetchOutcome.Timeout"/>.</remarks>
public sealed class SampleJsPortalFetcher : BrowserPortalFetcher
{
    private const string RowsScript = "rows => rows.map(r => Array.from(r.cells, c => c.textContent ?? ''))";

    internal static readonly FetcherMetadata Info = new("sample-js-portal", "Sample", SourceKind.OemPortal, FetcherMetadata.DefaultPriority(SourceKind.OemPortal))
    {
        TermsOfUse = TermsOfUse.ScrapingPermitted,
    };

    private readonly MakeFilter _makes;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="httpClient">The client for the conditional HEAD before a render (the typed client
    /// <see cref="Microsoft.Extensions.DependencyInjection.BrowserServiceCollectionExtensions.AddSampleJsPortalFetcher"/> registers).</param>
    /// <param name="session">The process's browser.</param>
    /// <param name="options">The portal's options.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <exception cref="ArgumentException">The options have no <see cref="BrowserPortalOptions.BaseAddress"/>.</exception>
    public SampleJsPortalFetcher(HttpClient httpClient, BrowserSession session, IOptions<SampleJsPortalOptions> options, TimeProvider timeProvider)
        : base(session, httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider)
    {
        _makes = MakeFilter.From(options.Value.Makes);
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    /// <inheritdoc />
    protected override Uri? PageFor(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return _makes.Covers(vehicle) ? PortalPath.For(BaseAddress, vehicle) : null;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<RawScheduleItem>?> ReadItemsAsync(IPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var toggle = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Maintenance schedule", Exact = true });
        if (await toggle.CountAsync().ConfigureAwait(false) == 0)
        {
            return null;
        }

        await toggle.ClickAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // The table appears when the page's API call has answered; the locator waits for it (up to the page timeout).
        var table = page.Locator("table#maintenance-schedule");
        await table.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible }).ConfigureAwait(false);
        var headers = await table.Locator("thead th").AllTextContentsAsync().ConfigureAwait(false);
        var rows = await table.Locator("tbody tr").EvaluateAllAsync<string[][]>(RowsScript).ConfigureAwait(false);
        return SamplePortalRows.Read([.. headers], [.. rows]);
    }
}
