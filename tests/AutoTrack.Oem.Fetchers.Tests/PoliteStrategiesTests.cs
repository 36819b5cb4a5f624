using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The HTML portal and JSON API strategies go through the same polite HTTP layer as the PDF fetchers:
/// robots.txt for the portal (not for a documented API), the kill switch and the daily budget for both.</summary>
public sealed class PoliteStrategiesTests
{
    private static readonly SampleVehicle Sportage = TestFetchers.Sample(2023, "Kia", "Sportage");

    private static ServiceProvider Provider(OemSimulator oem, Action<OemHttpOptions> http)
    {
        var services = new ServiceCollection();
        services.AddOemHttp(http);
        services.AddSampleHtmlPortalFetcher(o => o.BaseAddress = new Uri(oem.BaseAddress, "portal/static/"));
        services.AddSampleOemApiFetcher(o =>
        {
            o.BaseAddress = oem.BaseAddress;
            o.Authentication.Kind = ApiAuthenticationKind.ApiKey;
            o.Authentication.ApiKey = SimulatedOemApi.ApiKey;
            o.Authentication.ApiKeyHeaderName = SimulatedOemApi.ApiKeyHeader;
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task The_portal_obeys_robots_txt_and_the_documented_api_is_not_governed_by_it()
    {
        await using var oem = await OemSimulator.StartAsync();
        oem.Robots.Disallow("/");
        await using var provider = Provider(oem, _ => { });

        var portal = await provider.GetRequiredService<SampleHtmlPortalFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);
        var api = await provider.GetRequiredService<SampleOemApiFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, portal.Outcome);
        Assert.Equal(0, oem.RequestCount("/portal/static/2023/kia/sportage.html"));
        Assert.Equal(FetchOutcome.Success, api.Outcome);
    }

    [Fact]
    public async Task The_kill_switch_stops_the_portal_and_the_api_before_anything_is_sent()
    {
        await using var oem = await OemSimulator.StartAsync();
        await using var provider = Provider(oem, o => o.DisabledHosts.Add(oem.BaseAddress.Host));

        var portal = await provider.GetRequiredService<SampleHtmlPortalFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);
        var api = await provider.GetRequiredService<SampleOemApiFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.SourceDisabled, portal.Outcome);
        Assert.Equal(FetchOutcome.SourceDisabled, api.Outcome);
        Assert.Empty(oem.Requests);
    }

    [Fact]
    public async Task The_portal_and_the_api_share_the_hosts_daily_budget()
    {
        await using var oem = await OemSimulator.StartAsync();
        await using var provider = Provider(oem, o =>
        {
            o.ThrottleLoopback = true;
            o.RequestsPerSecond = 500;
            o.Burst = 100;
            o.RequestsPerDay = 2; // robots.txt and the portal page
        });

        var portal = await provider.GetRequiredService<SampleHtmlPortalFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);
        var api = await provider.GetRequiredService<SampleOemApiFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, portal.Outcome);
        Assert.Equal(FetchOutcome.RateLimited, api.Outcome);
        Assert.Contains("today's budget of 2 requests", api.Reason, StringComparison.Ordinal);
        Assert.Equal(0, oem.RequestCount(SimulatedOemApi.MaintenancePath));
    }

    [Fact]
    public async Task Token_requests_go_through_the_layer_and_count_against_the_budget()
    {
        await using var oem = await OemSimulator.StartAsync();
        var services = new ServiceCollection();
        services.AddOemHttp(o =>
        {
            o.ThrottleLoopback = true;
            o.RequestsPerSecond = 500;
            o.Burst = 100;
            o.RequestsPerDay = 1; // the token request only
        });
        services.AddSampleOemApiFetcher(o =>
        {
            o.BaseAddress = oem.BaseAddress;
            o.Authentication.Kind = ApiAuthenticationKind.ClientCredentials;
            o.Authentication.TokenEndpoint = new Uri(oem.BaseAddress, SimulatedOemApi.TokenPath.TrimStart('/'));
            o.Authentication.ClientId = SimulatedOemApi.ClientId;
            o.Authentication.ClientSecret = SimulatedOemApi.ClientSecret;
        });
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var api = await provider.GetRequiredService<SampleOemApiFetcher>().FetchScheduleAsync(Sportage.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.RateLimited, api.Outcome);
        Assert.Equal(1, oem.RequestCount(SimulatedOemApi.TokenPath));
        Assert.Equal(0, oem.RequestCount(SimulatedOemApi.MaintenancePath));
        var token = Assert.Single(oem.Requests);
        Assert.Equal(OemUserAgent.Value, token.UserAgent);
    }
}
