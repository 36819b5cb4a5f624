using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The JSON API strategy fetches per resource (one model year of a model, every trim) and conditionally: a
/// resource requested with the validators it returned is answered 304 and nothing is downloaded or parsed. Real HTTP
/// against a simulator whose API serves a generated catalog.</summary>
public sealed class ApiDocumentTests(PortalDocumentTests.GeneratedCatalog fixture) : IClassFixture<PortalDocumentTests.GeneratedCatalog>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public void Trims_of_one_model_year_resolve_to_one_resource_and_other_model_years_to_others_without_io()
    {
        using var host = Host();
        var before = _oem.Requests.Count;

        var byVehicle = _oem.Catalog.Vehicles.ToDictionary(v => v.Vehicle, v => DocumentTrims.Of(v.Vehicle).Select(host.Fetcher.ResolveDocument).Distinct().ToList());

        Assert.All(byVehicle.Values, documents => Assert.NotNull(Assert.Single(documents)));
        Assert.Equal(_oem.Catalog.Vehicles.Count, byVehicle.Values.Select(d => d[0]).Distinct().Count());
        Assert.Equal(before, _oem.Requests.Count);
    }

    [Fact]
    public async Task The_api_serves_the_simulators_catalog_and_answers_its_own_validators_with_304()
    {
        using var host = Host();
        var sample = _oem.Catalog.Vehicles[^1];
        var document = host.Fetcher.ResolveDocument(sample.Vehicle)!;
        var before = _oem.Responses(SimulatedOemApi.MaintenancePath);

        var first = await host.Fetcher.FetchDocumentAsync(document, null, CancellationToken.None);
        var stored = first.Document!;
        var byTag = await host.Fetcher.FetchDocumentAsync(document, new DocumentValidators(stored.ETag, null, null), CancellationToken.None);
        var byDate = await host.Fetcher.FetchDocumentAsync(document, new DocumentValidators(null, stored.LastModified, null), CancellationToken.None);
        var stale = await host.Fetcher.FetchDocumentAsync(document, new DocumentValidators("\"0000\"", null, null), CancellationToken.None);

        Assert.True(first.Outcome == FetchOutcome.Success, first.Reason);
        Assert.Null(SampleCatalog.Default.Find(sample.Vehicle));
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(first.Schedule!)));
        Assert.Equal($"\"{stored.Sha256}\"", stored.ETag);
        Assert.NotNull(stored.LastModified);
        Assert.Equal(FetchOutcome.NotModified, byTag.Outcome);
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);
        Assert.True(stale.Outcome == FetchOutcome.Success, stale.Reason);
        var after = _oem.Responses(SimulatedOemApi.MaintenancePath);
        Assert.Equal(before with { Ok = before.Ok + 2, NotModified = before.NotModified + 2 }, after);
    }

    [Fact]
    public async Task A_faulty_response_has_another_etag_so_the_stored_validators_do_not_hide_it()
    {
        using var host = Host();
        var document = host.Fetcher.ResolveDocument(_oem.Catalog.Vehicles[2].Vehicle)!;
        var good = await host.Fetcher.FetchDocumentAsync(document, null, CancellationToken.None);
        var known = new DocumentValidators(good.Document!.ETag, null, good.Document.Sha256);

        await _oem.SetApiFaultAsync(SimulatedApiFault.SchemaViolation);
        FetchResult drifted;
        try
        {
            drifted = await host.Fetcher.FetchDocumentAsync(document, known, CancellationToken.None);
        }
        finally
        {
            await _oem.SetApiFaultAsync(SimulatedApiFault.None);
        }

        Assert.Equal(FetchOutcome.LayoutDrift, drifted.Outcome);
        Assert.Equal(FetchOutcome.NotModified, (await host.Fetcher.FetchDocumentAsync(document, known, CancellationToken.None)).Outcome);
    }

    private ApiFetcherHost Host() => new(_oem, o =>
    {
        o.Kind = ApiAuthenticationKind.ApiKey;
        o.ApiKey = SimulatedOemApi.ApiKey;
        o.ApiKeyHeaderName = SimulatedOemApi.ApiKeyHeader;
    });
}
