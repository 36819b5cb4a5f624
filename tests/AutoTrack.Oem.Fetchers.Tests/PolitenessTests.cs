using System.Diagnostics;
using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>robots.txt, Crawl-delay, the kill switch, the circuit breaker, redirects and HTTPS, over loopback.</summary>
public sealed class PolitenessTests : IClassFixture<SimulatorFixture>
{
    private static readonly SampleVehicle Camry = TestFetchers.Sample(2022, "Toyota", "Camry");
    private static readonly SampleVehicle Corolla = TestFetchers.Sample(2022, "Toyota", "Corolla");
    private readonly OemSimulator _oem;

    public PolitenessTests(SimulatorFixture fixture)
    {
        _oem = fixture.Simulator;
        _oem.Faults.Clear();
        _oem.Robots.Clear();
    }

    [Fact]
    public async Task A_path_disallowed_by_robots_is_not_requested()
    {
        _oem.Robots.Disallow("/toyota/");
        var before = _oem.RequestCount(Camry.DocumentPath);
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Contains("robots.txt disallows /toyota/wmg/2022/camry.pdf", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _oem.RequestCount(Camry.DocumentPath));
        Assert.True(_oem.RequestCount("/robots.txt") >= 1);
    }

    [Fact]
    public async Task The_robots_disallow_fault_blocks_only_its_path()
    {
        var hyundai = TestFetchers.Sample(2022, "Kia", "Sorento");
        _oem.Faults.Inject("/robots.txt", Fault.RobotsDisallow(hyundai.DocumentPath));
        var before = _oem.RequestCount(hyundai.DocumentPath);
        using var provider = PoliteHttp.Provider(_oem);

        var blocked = await provider.Hyundai().FetchScheduleAsync(hyundai.Vehicle, CancellationToken.None);
        var allowed = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, blocked.Outcome);
        Assert.Equal(FetchOutcome.Success, allowed.Outcome);
        Assert.Equal(before, _oem.RequestCount(hyundai.DocumentPath));
    }

    [Fact]
    public async Task A_failing_robots_txt_disallows_the_host_for_the_run()
    {
        _oem.Faults.Inject("/robots.txt", Fault.ServerError(503, times: null));
        var before = _oem.RequestCount(Camry.DocumentPath);
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Contains("robots.txt is unavailable", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _oem.RequestCount(Camry.DocumentPath));
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_per_host()
    {
        var before = _oem.RequestCount("/robots.txt");
        using var provider = PoliteHttp.Provider(_oem);

        await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);
        await provider.Toyota().FetchScheduleAsync(Corolla.Vehicle, CancellationToken.None);
        await provider.Hyundai().FetchScheduleAsync(TestFetchers.Sample(2022, "Kia", "Sorento").Vehicle, CancellationToken.None);

        Assert.Equal(before + 1, _oem.RequestCount("/robots.txt"));
    }

    [Fact]
    public async Task Crawl_delay_spaces_the_requests_to_a_host()
    {
        _oem.Robots.CrawlDelay(0.4);
        using var provider = PoliteHttp.Provider(_oem);
        var fetcher = provider.Toyota();
        await fetcher.FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(
            fetcher.FetchScheduleAsync(Camry.Vehicle, CancellationToken.None),
            fetcher.FetchScheduleAsync(Corolla.Vehicle, CancellationToken.None),
            fetcher.FetchScheduleAsync(Camry.Vehicle, CancellationToken.None));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Success, r.Outcome));
        // Three requests need at least two 0.4 s gaps between them (more if the first fetch's gap has not passed).
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(780), $"three requests with a 0.4 s crawl delay took only {watch.Elapsed}");
    }

    [Fact]
    public async Task The_kill_switch_stops_a_host_mid_run_with_no_further_requests()
    {
        using var provider = PoliteHttp.Provider(_oem);
        var fetcher = provider.Toyota();
        var first = await fetcher.FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);
        var before = _oem.Requests.Count;

        provider.GetRequiredService<IHostSwitchboard>().Disable(_oem.BaseAddress.Host);
        var second = await fetcher.FetchScheduleAsync(Corolla.Vehicle, CancellationToken.None);
        var third = await fetcher.FetchDocumentAsync(fetcher.ResolveDocument(Camry.Vehicle)!, null, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, first.Outcome);
        Assert.Equal(FetchOutcome.SourceDisabled, second.Outcome);
        Assert.Equal(FetchOutcome.SourceDisabled, third.Outcome);
        Assert.Contains("kill switch", second.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _oem.Requests.Count);

        provider.GetRequiredService<IHostSwitchboard>().Enable(_oem.BaseAddress.Host);
        Assert.Equal(FetchOutcome.Success, (await fetcher.FetchScheduleAsync(Corolla.Vehicle, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_host_disabled_in_options_gets_no_request_at_all()
    {
        var before = _oem.Requests.Count;
        using var provider = PoliteHttp.Provider(_oem, o => o.Hosts[_oem.BaseAddress.Host] = new HostPolicy { Disabled = true });

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.SourceDisabled, result.Outcome);
        Assert.Equal(before, _oem.Requests.Count);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_sends_nothing()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.ServerError(500, times: null));
        using var provider = PoliteHttp.Provider(_oem, o =>
        {
            o.MaxRetries = 0;
            o.CircuitBreakerMinimumThroughput = 3;
            o.CircuitBreakerFailureRatio = 0.5;
        });
        var fetcher = provider.Toyota();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(FetchOutcome.HttpError, (await fetcher.FetchScheduleAsync(Camry.Vehicle, CancellationToken.None)).Outcome);
        }

        var before = _oem.Requests.Count;
        var open = await fetcher.FetchScheduleAsync(Corolla.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, open.Outcome);
        Assert.Contains("circuit open for host", open.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _oem.Requests.Count);
    }

    [Fact]
    public async Task A_redirect_to_a_foreign_host_is_refused_without_contacting_it()
    {
        await using var foreign = await OemSimulator.StartAsync();
        _oem.Faults.Inject(Camry.DocumentPath, Fault.RedirectTo(new Uri(foreign.BaseAddress, Camry.DocumentPath.TrimStart('/'))));
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("is not an allowed host", result.Reason, StringComparison.Ordinal);
        Assert.Empty(foreign.Requests);
    }

    [Fact]
    public async Task A_redirect_on_the_same_host_is_followed()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.RedirectTo(new Uri(_oem.BaseAddress, Corolla.DocumentPath.TrimStart('/')), times: 1));
        var before = _oem.RequestCount(Corolla.DocumentPath);
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Equal(new Uri(_oem.BaseAddress, Corolla.DocumentPath.TrimStart('/')), result.Document!.Url);
        Assert.Equal(before + 1, _oem.RequestCount(Corolla.DocumentPath));
    }

    [Fact]
    public async Task Plain_http_to_a_non_loopback_host_is_refused_before_any_request()
    {
        using var provider = PoliteHttp.Provider(_oem, baseAddress: new Uri("http://oem.invalid/guides/"));

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("RequireHttps", result.Reason, StringComparison.Ordinal);
    }
}
