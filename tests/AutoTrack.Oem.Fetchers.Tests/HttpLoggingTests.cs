using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The polite HTTP layer says what it refused and why, once per request, at a level an operator filters on.</summary>
public sealed class HttpLoggingTests
{
    private static readonly SampleVehicle Camry = TestFetchers.Sample(2022, "Toyota", "Camry");
    private static readonly SampleVehicle Corolla = TestFetchers.Sample(2022, "Toyota", "Corolla");

    [Fact]
    public async Task A_spent_daily_budget_is_logged_as_a_warning_naming_the_url_and_the_outcome()
    {
        await using var oem = await OemSimulator.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var provider = PoliteHttp.Provider(oem, o => o.RequestsPerDay = 2, logs: logs);

        await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);
        var refused = await provider.Toyota().FetchScheduleAsync(Corolla.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.RateLimited, refused.Outcome);
        var entry = Assert.Single(logs.Entries, e => e.Contains("(rate_limited)", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", entry, StringComparison.Ordinal);
        Assert.Contains(new Uri(oem.BaseAddress, Corolla.DocumentPath.TrimStart('/')).ToString(), entry, StringComparison.Ordinal);
        Assert.Contains("today's budget of 2 requests", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_robots_disallow_is_logged_as_information_and_a_failing_robots_txt_as_a_warning()
    {
        await using var oem = await OemSimulator.StartAsync();
        oem.Robots.Disallow("/toyota/");
        var logs = new CapturingLoggerProvider();
        using (var provider = PoliteHttp.Provider(oem, logs: logs))
        {
            await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);
        }

        var disallowed = Assert.Single(logs.Entries, e => e.Contains("(disallowed_by_robots)", StringComparison.Ordinal));
        Assert.StartsWith("Information ", disallowed, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.StartsWith("Debug ", StringComparison.Ordinal) && e.Contains("robots.txt of http://127.0.0.1", StringComparison.Ordinal));

        oem.Robots.Clear();
        oem.Faults.Inject("/robots.txt", Fault.ServerError(503, times: null));
        var failing = new CapturingLoggerProvider();
        using (var provider = PoliteHttp.Provider(oem, logs: failing))
        {
            await provider.Toyota().FetchScheduleAsync(Camry.Vehicle, CancellationToken.None);
        }

        var unavailable = Assert.Single(failing.Entries, e => e.Contains("is unavailable", StringComparison.Ordinal) && e.Contains("robots.txt of", StringComparison.Ordinal));
        Assert.StartsWith("Warning ", unavailable, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", unavailable, StringComparison.Ordinal);
    }
}
