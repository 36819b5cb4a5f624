using System.Diagnostics;
using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Every simulator fault, through a real fetcher and the HTTP layer over loopback.</summary>
public sealed class FaultInjectionTests : IClassFixture<SimulatorFixture>
{
    private static readonly SampleVehicle Camry = TestFetchers.Sample(2022, "Toyota", "Camry");
    private readonly OemSimulator _oem;

    public FaultInjectionTests(SimulatorFixture fixture)
    {
        _oem = fixture.Simulator;
        _oem.Faults.Clear();
        _oem.Robots.Clear();
    }

    [Fact]
    public async Task Latency_slows_the_fetch_but_it_succeeds()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.Latency(TimeSpan.FromMilliseconds(250), times: 1));
        using var provider = PoliteHttp.Provider(_oem);

        var watch = Stopwatch.StartNew();
        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(240), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Retry_after_in_seconds_on_429_is_waited_for_then_the_fetch_succeeds()
    {
        var before = _oem.RequestCount(Camry.DocumentPath);
        _oem.Faults.Inject(Camry.DocumentPath, Fault.TooManyRequests(retryAfterSeconds: 1, times: 1));
        using var provider = PoliteHttp.Provider(_oem);

        var watch = Stopwatch.StartNew();
        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Equal(before + 2, _oem.RequestCount(Camry.DocumentPath));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"Retry-After: 1 was not honoured; took {watch.Elapsed}");
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_on_503_is_waited_for()
    {
        var before = _oem.RequestCount(Camry.DocumentPath);
        _oem.Faults.Inject(Camry.DocumentPath, Fault.TooManyRequestsUntil(DateTimeOffset.UtcNow.AddSeconds(2), times: 1));
        using var provider = PoliteHttp.Provider(_oem);

        var watch = Stopwatch.StartNew();
        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Equal(before + 2, _oem.RequestCount(Camry.DocumentPath));

        // The date has one-second resolution: at least one second remains when it is read.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retry-After date was not honoured; took {watch.Elapsed}");
    }

    [Fact]
    public async Task Persistent_429_is_rate_limited_after_the_retries()
    {
        var before = _oem.RequestCount(Camry.DocumentPath);
        _oem.Faults.Inject(Camry.DocumentPath, Fault.TooManyRequests(retryAfterSeconds: 0, times: null));
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.Contains("HTTP 429", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before + 3, _oem.RequestCount(Camry.DocumentPath));
    }

    [Fact]
    public async Task A_retry_after_longer_than_we_wait_is_rate_limited_without_retrying()
    {
        var before = _oem.RequestCount(Camry.DocumentPath);
        _oem.Faults.Inject(Camry.DocumentPath, Fault.TooManyRequests(retryAfterSeconds: 3600, times: null));
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.Contains("Retry-After 3600", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before + 1, _oem.RequestCount(Camry.DocumentPath));
    }

    [Fact]
    public async Task A_transient_503_is_retried()
    {
        var before = _oem.RequestCount(Camry.DocumentPath);
        _oem.Faults.Inject(Camry.DocumentPath, Fault.ServerError(503, times: 1));
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Equal(before + 2, _oem.RequestCount(Camry.DocumentPath));
    }

    [Fact]
    public async Task Persistent_500_is_an_http_error_with_the_status_after_the_retries()
    {
        var before = _oem.RequestCount(Camry.DocumentPath);
        _oem.Faults.Inject(Camry.DocumentPath, Fault.ServerError(500, times: null));
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Contains("HTTP 500", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before + 3, _oem.RequestCount(Camry.DocumentPath));
    }

    [Fact]
    public async Task A_reset_connection_is_a_network_error()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.ConnectionReset());
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Contains(Camry.DocumentPath, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_is_a_timeout()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.Timeout());
        using var provider = PoliteHttp.Provider(_oem, o =>
        {
            o.MaxRetries = 1;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(400);
        });

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Contains("within 0.4 s per attempt", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_body_is_an_invalid_response()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.TruncatedBody());
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.InvalidResponse, result.Reason);
        Assert.Contains("truncated", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-content-type", FetchOutcome.InvalidResponse, "text/html")]
    [InlineData("corrupt", FetchOutcome.ParseError, "")]
    [InlineData("image-only", FetchOutcome.NoTextLayer, "")]
    [InlineData("layout-drift", FetchOutcome.LayoutDrift, "No milestone headings")]
    [InlineData("empty-table", FetchOutcome.LayoutDrift, "no bulleted items")]
    public async Task Bad_documents_have_their_outcome(string fault, FetchOutcome expected, string reason)
    {
        _oem.Faults.Inject(Camry.DocumentPath, fault switch
        {
            "wrong-content-type" => Fault.WrongContentType(),
            "corrupt" => Fault.CorruptPdf(),
            "image-only" => Fault.ImageOnlyPdf(),
            "layout-drift" => Fault.LayoutDrift(),
            _ => Fault.EmptyTable(),
        });
        using var provider = PoliteHttp.Provider(_oem);

        var result = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_limited_to_n_times_then_serves_normally()
    {
        _oem.Faults.Inject(Camry.DocumentPath, Fault.CorruptPdf(times: 1));
        using var provider = PoliteHttp.Provider(_oem);

        var first = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);
        var second = await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.ParseError, first.Outcome);
        Assert.Equal(FetchOutcome.Success, second.Outcome);
    }
}
