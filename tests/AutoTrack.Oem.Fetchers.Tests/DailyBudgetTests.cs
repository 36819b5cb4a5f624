using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The daily request budget per host, over loopback HTTP: every request that would reach the host
/// (robots.txt and retries included) counts, and a request over budget is never sent.</summary>
public sealed class DailyBudgetTests
{
    private static readonly SampleVehicle[] Toyotas = [.. SampleCatalog.Default.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide)
        .DistinctBy(v => v.DocumentPath).Take(4)];

    [Fact]
    public async Task Requests_over_the_daily_budget_are_not_sent_and_are_reported_as_rate_limited()
    {
        await using var oem = await OemSimulator.StartAsync();
        using var provider = PoliteHttp.Provider(oem, o => o.RequestsPerDay = 3);

        // robots.txt + the first guide, then the second guide: three requests.
        var first = await provider.Toyota().FetchScheduleAsync(Toyotas[0].Vehicle, CancellationToken.None);
        var second = await provider.Toyota().FetchScheduleAsync(Toyotas[1].Vehicle, CancellationToken.None);
        var third = await provider.Toyota().FetchScheduleAsync(Toyotas[2].Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, first.Outcome);
        Assert.Equal(FetchOutcome.Success, second.Outcome);
        Assert.Equal(FetchOutcome.RateLimited, third.Outcome);
        Assert.Contains("today's budget of 3 requests to 127.0.0.1 is spent", third.Reason, StringComparison.Ordinal);
        Assert.Equal(3, oem.Requests.Count);
        Assert.Equal(0, oem.RequestCount(Toyotas[2].DocumentPath));
    }

    [Fact]
    public async Task A_per_host_budget_overrides_the_default()
    {
        await using var oem = await OemSimulator.StartAsync();
        using var provider = PoliteHttp.Provider(oem, o =>
        {
            o.RequestsPerDay = 1;
            o.Hosts[oem.BaseAddress.Host] = new HostPolicy { RequestsPerDay = 5 };
        });

        var results = new List<FetchResult>();
        foreach (var sample in Toyotas)
        {
            results.Add(await provider.Toyota().FetchScheduleAsync(sample.Vehicle, CancellationToken.None));
        }

        Assert.All(results, r => Assert.Equal(FetchOutcome.Success, r.Outcome));
        Assert.Equal(5, oem.Requests.Count);
    }

    [Fact]
    public async Task Retries_count_against_the_budget_and_a_spent_budget_ends_them()
    {
        await using var oem = await OemSimulator.StartAsync();
        oem.Faults.Inject(Toyotas[0].DocumentPath, Fault.ServerError(503, times: null));
        using var provider = PoliteHttp.Provider(oem, o =>
        {
            o.RespectRobotsTxt = false;
            o.MaxRetries = 5;
            o.RequestsPerDay = 2;
        });

        var result = await provider.Toyota().FetchScheduleAsync(Toyotas[0].Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.Contains("budget of 2 requests", result.Reason, StringComparison.Ordinal);
        Assert.Equal(2, oem.RequestCount(Toyotas[0].DocumentPath));
    }

    [Fact]
    public async Task A_spent_budget_is_not_mistaken_for_a_failing_robots_txt()
    {
        await using var oem = await OemSimulator.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        using var provider = PoliteHttp.Provider(oem, o => o.RequestsPerDay = 1, time: time);
        var budget = provider.GetRequiredService<IHostRequestBudget>();
        Assert.True(await budget.TryTakeAsync(oem.BaseAddress.Host, new DateOnly(2026, 12, 4), 1, CancellationToken.None));

        var result = await provider.Toyota().FetchScheduleAsync(Toyotas[0].Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.Contains("robots.txt", result.Reason, StringComparison.Ordinal);
        Assert.Empty(oem.Requests);
    }

    [Fact]
    public async Task The_budget_is_renewed_at_midnight_UTC()
    {
        await using var oem = await OemSimulator.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 23, 59, 0, TimeSpan.Zero));
        using var provider = PoliteHttp.Provider(oem, o =>
        {
            o.RespectRobotsTxt = false;
            o.MaxRetries = 0;
            o.RequestsPerDay = 1;
        }, time: time);

        var before = await provider.Toyota().FetchScheduleAsync(Toyotas[0].Vehicle, CancellationToken.None);
        var refused = await provider.Toyota().FetchScheduleAsync(Toyotas[1].Vehicle, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var after = await provider.Toyota().FetchScheduleAsync(Toyotas[1].Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, before.Outcome);
        Assert.Equal(FetchOutcome.RateLimited, refused.Outcome);
        Assert.Contains("(2026-12-04 UTC)", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(FetchOutcome.Success, after.Outcome);
        Assert.Equal(2, oem.Requests.Count);
    }

    [Fact]
    public async Task Loopback_hosts_are_exempt_unless_throttled()
    {
        await using var oem = await OemSimulator.StartAsync();
        using var provider = PoliteHttp.Provider(oem, o =>
        {
            o.ThrottleLoopback = false;
            o.RequestsPerDay = 1;
        });

        foreach (var sample in Toyotas)
        {
            Assert.Equal(FetchOutcome.Success, (await provider.Toyota().FetchScheduleAsync(sample.Vehicle, CancellationToken.None)).Outcome);
        }

        Assert.Equal(Toyotas.Length + 1, oem.Requests.Count);
    }

    [Fact]
    public async Task The_in_memory_budget_grants_exactly_the_limit_under_concurrency()
    {
        var budget = new InMemoryHostRequestBudget();
        var day = new DateOnly(2026, 12, 4);

        var grants = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
            await budget.TryTakeAsync(i % 2 == 0 ? "oem.example" : "OEM.Example", day, 37, CancellationToken.None))));

        Assert.Equal(37, grants.Count(g => g));
        Assert.Equal(37, budget.Used("oem.example", day));
        Assert.True(await budget.TryTakeAsync("other.example", day, 1, CancellationToken.None));
        Assert.True(await budget.TryTakeAsync("oem.example", day.AddDays(1), 37, CancellationToken.None));
        Assert.Equal(0, budget.Used("oem.example", day));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-5, true)]
    public void A_budget_below_one_request_a_day_is_refused_at_start(int perDay, bool perHost)
    {
        var services = new ServiceCollection();
        services.AddOemHttp(o =>
        {
            if (perHost)
            {
                o.Hosts["oem.example"] = new HostPolicy { RequestsPerDay = perDay };
            }
            else
            {
                o.RequestsPerDay = perDay;
            }
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("RequestsPerDay must be between 1 and", error.Message, StringComparison.Ordinal);
        Assert.Equal(perHost, error.Message.Contains("Hosts['oem.example']", StringComparison.Ordinal));
    }
}
