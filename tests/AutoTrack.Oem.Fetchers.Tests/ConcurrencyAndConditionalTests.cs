using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The per-host concurrency limit and conditional GET (304s, no bodies), on a simulator of their own.</summary>
public sealed class ConcurrencyAndConditionalTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public async Task No_more_requests_are_in_flight_to_a_host_than_its_limit()
    {
        _oem.Faults.Inject("/toyota/", Fault.Latency(TimeSpan.FromMilliseconds(150)));
        try
        {
            using var provider = PoliteHttp.Provider(_oem, o => o.Hosts[_oem.BaseAddress.Host] = new Http.HostPolicy { MaxConcurrency = 2 });
            var fetcher = provider.Toyota();
            var vehicles = _oem.Catalog.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide).Take(8).Select(s => s.Vehicle).ToList();

            var results = await Task.WhenAll(vehicles.Select(v => fetcher.FetchScheduleAsync(v, CancellationToken.None)));

            Assert.All(results, r => Assert.Equal(FetchOutcome.Success, r.Outcome));
            Assert.Equal(2, _oem.MaxInFlight);
        }
        finally
        {
            _oem.Faults.Clear();
        }
    }

    [Fact]
    public async Task A_second_run_with_the_validators_downloads_no_body()
    {
        var sample = TestFetchers.Sample(2023, "Toyota", "Camry");
        using var provider = PoliteHttp.Provider(_oem);
        var fetcher = provider.Toyota();
        var document = fetcher.ResolveDocument(sample.Vehicle)!;

        var first = await fetcher.FetchDocumentAsync(document, null, CancellationToken.None);
        var stored = first.Document!;
        var byTag = await fetcher.FetchDocumentAsync(document, new DocumentValidators(stored.ETag, null, null), CancellationToken.None);
        var byDate = await fetcher.FetchDocumentAsync(document, new DocumentValidators(null, stored.LastModified, null), CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, first.Outcome);
        Assert.Equal(FetchOutcome.NotModified, byTag.Outcome);
        Assert.Equal(FetchOutcome.NotModified, byDate.Outcome);
        Assert.Contains("304", byTag.Reason, StringComparison.Ordinal);
        Assert.Equal(new ResponseCounts(Ok: 1, NotModified: 2, Other: 0), _oem.Responses(sample.DocumentPath));
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_document()
    {
        var sample = TestFetchers.Sample(2022, "Lexus", "ES");
        using var provider = PoliteHttp.Provider(_oem);
        var fetcher = provider.Toyota();

        var result = await fetcher.FetchDocumentAsync(fetcher.ResolveDocument(sample.Vehicle)!, new DocumentValidators("\"0000\"", null, null), CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Equal(1, _oem.Responses(sample.DocumentPath).Ok);
    }
}
