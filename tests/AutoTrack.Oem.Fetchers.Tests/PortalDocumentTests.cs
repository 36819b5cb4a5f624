using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The static-HTML portal strategy fetches per page (one model year of a model, every trim) and conditionally:
/// a page fetched with the validators it returned is answered 304 and nothing is downloaded or parsed. Real HTTP
/// against a simulator serving a generated catalog.</summary>
public sealed class PortalDocumentTests(PortalDocumentTests.GeneratedCatalog fixture) : IClassFixture<PortalDocumentTests.GeneratedCatalog>
{
    private static readonly HttpClient SharedHttp = new();

    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public void Trims_of_one_model_year_resolve_to_one_page_and_other_model_years_to_others_without_io()
    {
        var fetcher = Fetcher();
        var before = _oem.Requests.Count;

        var byVehicle = _oem.Catalog.Vehicles.ToDictionary(v => v.Vehicle, v => DocumentTrims.Of(v.Vehicle).Select(fetcher.ResolveDocument).Distinct().ToList());

        Assert.All(byVehicle.Values, documents => Assert.NotNull(Assert.Single(documents)));
        Assert.Equal(_oem.Catalog.Vehicles.Count, byVehicle.Values.Select(d => d[0]).Distinct().Count());
        Assert.Equal(before, _oem.Requests.Count);
    }

    [Fact]
    public async Task A_page_fetched_with_the_validators_it_returned_is_not_modified_and_no_body_is_sent()
    {
        var sample = _oem.Catalog.Vehicles[3];
        var fetcher = Fetcher();
        var document = fetcher.ResolveDocument(sample.Vehicle)!;
        var path = document.Url.AbsolutePath;

        var first = await fetcher.FetchDocumentAsync(document, null, CancellationToken.None);
        var stored = first.Document!;
        var byTag = await fetcher.FetchDocumentAsync(document, new DocumentValidators(stored.ETag, null, null), CancellationToken.None);
        var byDate = await fetcher.FetchDocumentAsync(document, new DocumentValidators(null, stored.LastModified, null), CancellationToken.None);

        Assert.True(first.Outcome == FetchOutcome.Success, first.Reason);
        Assert.Equal($"\"{stored.Sha256}\"", stored.ETag);
        Assert.NotNull(stored.LastModified);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(first.Schedule!)));
        Assert.Equal(FetchOutcome.NotModified, byTag.Outcome);
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);
        Assert.Null(byTag.Document);
        Assert.Equal(new ResponseCounts(Ok: 1, NotModified: 2, Other: 0), _oem.Responses(path));
    }

    [Fact]
    public async Task A_stale_etag_gets_the_current_page_and_the_same_bytes_again_are_not_modified()
    {
        var sample = _oem.Catalog.Vehicles[5];
        var fetcher = Fetcher();
        var document = fetcher.ResolveDocument(sample.Vehicle)!;

        var stale = await fetcher.FetchDocumentAsync(document, new DocumentValidators("\"0000\"", null, null), CancellationToken.None);
        var sameBytes = await fetcher.FetchDocumentAsync(document, new DocumentValidators(null, null, stale.Document!.Sha256), CancellationToken.None);

        Assert.True(stale.Outcome == FetchOutcome.Success, stale.Reason);
        Assert.Equal(FetchOutcome.NotModified, sameBytes.Outcome);
        Assert.Contains("same bytes", sameBytes.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetching_by_vehicle_still_works_and_is_unconditional()
    {
        var sample = _oem.Catalog.Vehicles[7];

        var result = await Fetcher().FetchScheduleAsync(sample.Vehicle with { Trim = TrimSelector.Named("Limited") }, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(result.Schedule!)));
    }

    private SampleHtmlPortalFetcher Fetcher() =>
        new(SharedHttp, Options.Create(new SampleHtmlPortalOptions { BaseAddress = new Uri(_oem.BaseAddress, "portal/static/") }), TimeProvider.System);

    /// <summary>A simulator serving a generated catalog (not the default one).</summary>
    public sealed class GeneratedCatalog : SimulatorFixture
    {
        protected override SimulatorOptions Options => new() { Catalog = SampleCatalog.Generate(24, seed: 7) };
    }
}
