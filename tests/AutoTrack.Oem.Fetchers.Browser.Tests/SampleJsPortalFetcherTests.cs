using System.Diagnostics;
using AutoTrack.Oem.Fetchers.Tests;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>The Playwright strategy in real headless Chromium against the simulator's JavaScript portal.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SampleJsPortalFetcherTests(BrowserFixture browser, SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = simulator.Simulator;

    [Theory]
    [InlineData(2022, "Toyota", "Camry")]
    [InlineData(2021, "Hyundai", "Santa Fe")]
    public async Task Reads_the_table_loaded_behind_the_click_to_expand_section_and_it_normalizes_to_what_was_printed(int year, string make, string model)
    {
        var sample = Sample(year, make, model);

        var result = await Fetcher("portal/js/").FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        Assert.Equal(SourceKind.OemPortal, result.Schedule!.SourceKind);
        Assert.Equal(sample.Schedule.Title, result.Schedule.Title);
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(normalized));
        Assert.Empty(normalized.Unrecognized);

        // The table came from the API call the click made, with our User-Agent on both requests, and the page is closed.
        var slug = $"{year}/{make.ToLowerInvariant()}/{model.ToLowerInvariant().Replace(' ', '-')}";
        Assert.Contains(_oem.Requests, r => r.Path == $"/portal/js/{slug}.html" && r.UserAgent == OemUserAgent.Value);
        Assert.Contains(_oem.Requests, r => r.Path == $"/portal/api/{slug}.json" && r.UserAgent == OemUserAgent.Value);
        Assert.Contains("maintenance-schedule", System.Text.Encoding.UTF8.GetString(result.Document!.Content.Span), StringComparison.Ordinal);
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    [Fact]
    public async Task An_api_call_that_never_completes_is_a_timeout_after_the_page_timeout_and_the_page_is_closed()
    {
        var fetcher = Fetcher("portal/js-stall/", TimeSpan.FromSeconds(1.5));
        var watch = Stopwatch.StartNew();

        var result = await fetcher.FetchScheduleAsync(Sample(2022, "Toyota", "Camry").Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Contains("page timeout of 1.5 s", result.Reason, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(10));
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    [Fact]
    public async Task Cancellation_closes_the_page_and_throws()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Fetcher("portal/js-stall/").FetchScheduleAsync(Sample(2022, "Toyota", "Camry").Vehicle, cts.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Cancellation took {watch.Elapsed}.");
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    [Fact]
    public async Task A_page_without_the_section_is_layout_drift()
    {
        var result = await Fetcher("portal/static-drift/").FetchScheduleAsync(Sample(2022, "Toyota", "Camry").Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.LayoutDrift, result.Outcome);
        Assert.NotNull(result.Document);
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    [Fact]
    public async Task A_vehicle_the_portal_does_not_list_is_an_http_error()
    {
        var result = await Fetcher("portal/js/").FetchScheduleAsync(VehicleDescriptor.Create(2021, "Honda", "Civic"), CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Contains("404", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error()
    {
        await using var closed = await OemSimulator.StartAsync();
        var address = new Uri(closed.BaseAddress, "portal/js/");
        await closed.DisposeAsync();
        var fetcher = new SampleJsPortalFetcher(PlainHttp.Client, browser.Session, Options.Create(new SampleJsPortalOptions { BaseAddress = address }), TimeProvider.System);

        var result = await fetcher.FetchScheduleAsync(Sample(2022, "Toyota", "Camry").Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Contains("ERR_CONNECTION_REFUSED", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, browser.Session.OpenPageCount);
    }

    private SampleJsPortalFetcher Fetcher(string folder, TimeSpan? pageTimeout = null) =>
        new(PlainHttp.Client, browser.Session, Options.Create(new SampleJsPortalOptions
        {
            BaseAddress = new Uri(_oem.BaseAddress, folder),
            PageTimeout = pageTimeout ?? TimeSpan.FromSeconds(15),
        }), TimeProvider.System);

    private static SampleVehicle Sample(int year, string make, string model) =>
        SampleCatalog.Default.Find(VehicleDescriptor.Create(year, make, model)) ?? throw new ArgumentException($"No sample {year} {make} {model}.");
}
