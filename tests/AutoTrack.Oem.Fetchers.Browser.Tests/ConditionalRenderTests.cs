using AutoTrack.Oem.Fetchers.Tests;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>The browser portal fetches per page and spares the browser when it can: with stored validators a
/// conditional HEAD goes first, and a 304 means no page is opened and the page's data is never requested. Real
/// Chromium against the simulator's JavaScript portal.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ConditionalRenderTests(BrowserFixture browser, SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = simulator.Simulator;

    [Fact]
    public void Trims_of_one_model_year_resolve_to_one_page_and_other_model_years_to_others_without_io()
    {
        var fetcher = Fetcher();
        var before = _oem.Requests.Count;

        var pages = _oem.Catalog.Vehicles.Select(v => new[] { v.Vehicle, v.Vehicle with { Trim = TrimSelector.Named("Base") }, v.Vehicle with { Trim = TrimSelector.Named("Limited") } }
            .Select(fetcher.ResolveDocument).Distinct().ToList()).ToList();

        Assert.All(pages, p => Assert.NotNull(Assert.Single(p)));
        Assert.Equal(_oem.Catalog.Vehicles.Count, pages.Select(p => p[0]).Distinct().Count());
        Assert.Equal(before, _oem.Requests.Count);
    }

    [Fact]
    public async Task A_page_checked_with_the_validators_its_render_returned_is_not_modified_without_opening_the_browser()
    {
        var sample = _oem.Catalog.Vehicles[1];
        var fetcher = Fetcher();
        var document = fetcher.ResolveDocument(sample.Vehicle)!;
        var path = document.Url.AbsolutePath;

        var rendered = await fetcher.FetchDocumentAsync(document, null, CancellationToken.None);
        var stored = rendered.Document!;
        var dataRequests = DataRequests();
        var counts = _oem.Responses(path);

        var byTag = await fetcher.FetchDocumentAsync(document, new DocumentValidators(stored.ETag, stored.LastModified, stored.Sha256), CancellationToken.None);
        var byDate = await fetcher.FetchDocumentAsync(document, new DocumentValidators(null, stored.LastModified, stored.Sha256), CancellationToken.None);

        Assert.True(rendered.Outcome == FetchOutcome.Success, rendered.Reason);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(rendered.Schedule!)));
        Assert.NotNull(stored.ETag);
        Assert.NotNull(stored.LastModified);
        Assert.Equal(FetchOutcome.NotModified, byTag.Outcome);
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);
        Assert.Equal(counts with { NotModified = counts.NotModified + 2 }, _oem.Responses(path));
        Assert.Equal(dataRequests, DataRequests());
        Assert.Equal(2, _oem.Requests.Count(r => r.Path == path && r.Method == "HEAD"));
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    [Fact]
    public async Task A_stale_etag_renders_the_page_and_a_render_identical_to_the_stored_one_is_not_modified()
    {
        var sample = _oem.Catalog.Vehicles[4];
        var fetcher = Fetcher();
        var document = fetcher.ResolveDocument(sample.Vehicle)!;
        var dataRequests = DataRequests();

        var stale = await fetcher.FetchDocumentAsync(document, new DocumentValidators("\"0000\"", null, null), CancellationToken.None);
        var sameRender = await fetcher.FetchDocumentAsync(document, new DocumentValidators(null, null, stale.Document!.Sha256), CancellationToken.None);

        Assert.True(stale.Outcome == FetchOutcome.Success, stale.Reason);
        Assert.Equal(FetchOutcome.NotModified, sameRender.Outcome);
        Assert.Equal(dataRequests + 2, DataRequests());
    }

    private int DataRequests() => _oem.Requests.Count(r => r.Path.StartsWith("/portal/api/", StringComparison.Ordinal));

    private SampleJsPortalFetcher Fetcher() =>
        new(PlainHttp.Client, browser.Session, Options.Create(new SampleJsPortalOptions
        {
            BaseAddress = new Uri(_oem.BaseAddress, "portal/js/"),
            PageTimeout = TimeSpan.FromSeconds(15),
        }), TimeProvider.System);
}
