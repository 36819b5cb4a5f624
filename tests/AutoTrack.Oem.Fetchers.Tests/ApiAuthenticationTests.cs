using System.Net;
using System.Text.RegularExpressions;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>OAuth 2.0 and API key authentication of the JSON API fetchers against the simulator's token endpoint and API.</summary>
public sealed partial class ApiAuthenticationTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string WrongSecret = "wrong-secret-d41d8cd98f00b204";

    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public async Task A_client_credentials_token_is_obtained_once_and_reused_until_it_expires()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));
        var before = await _oem.GetApiCountersAsync();
        var tokenPathBefore = _oem.RequestCount(SimulatedOemApi.TokenPath);

        foreach (var sample in SampleCatalog.Default.Vehicles.Take(6))
        {
            var result = await host.Fetcher.FetchScheduleAsync(sample.Vehicle, CancellationToken.None);
            Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        }

        var afterSix = await _oem.GetApiCountersAsync();
        Assert.Equal(1, afterSix.ClientCredentialsGrants - before.ClientCredentialsGrants);
        Assert.Equal(1, _oem.RequestCount(SimulatedOemApi.TokenPath) - tokenPathBefore);
        Assert.Equal(6, afterSix.MaintenanceRequests - before.MaintenanceRequests);

        // Still valid just before expiry minus the skew...
        host.Clock.Advance(SimulatedOemApi.AccessTokenLifetime - TimeSpan.FromSeconds(61));
        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2021, "Toyota", "Camry")).Outcome);
        Assert.Equal(1, (await _oem.GetApiCountersAsync()).ClientCredentialsGrants - before.ClientCredentialsGrants);

        // ...renewed once it is within the skew of its expiry.
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2021, "Toyota", "Camry")).Outcome);
        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2022, "Toyota", "Camry")).Outcome);
        var after = await _oem.GetApiCountersAsync();
        Assert.Equal(2, after.ClientCredentialsGrants - before.ClientCredentialsGrants);
        Assert.Equal(0, after.UnauthorizedRequests - before.UnauthorizedRequests);
    }

    [Fact]
    public async Task A_401_drops_the_token_gets_a_new_one_and_retries_once()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));
        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2021, "Toyota", "Camry")).Outcome);
        var before = await _oem.GetApiCountersAsync();

        await _oem.ExpireApiTokensAsync();
        var result = await host.FetchAsync(2022, "Hyundai", "Tucson");

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        var after = await _oem.GetApiCountersAsync();
        Assert.Equal(1, after.ClientCredentialsGrants - before.ClientCredentialsGrants);
        Assert.Equal(1, after.UnauthorizedRequests - before.UnauthorizedRequests);
        Assert.Equal(2, after.MaintenanceRequests - before.MaintenanceRequests);
    }

    [Fact]
    public async Task Concurrent_requests_without_a_token_cause_one_token_request()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));
        var before = await _oem.GetApiCountersAsync();
        var fetcher = host.Fetcher;

        var results = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(i => SampleCatalog.Default.Vehicles[i % SampleCatalog.Default.Vehicles.Count])
            .Select(s => Task.Run(() => fetcher.FetchScheduleAsync(s.Vehicle, CancellationToken.None))));

        Assert.All(results, r => Assert.True(r.Outcome == FetchOutcome.Success, r.Reason));
        var after = await _oem.GetApiCountersAsync();
        Assert.Equal(1, after.TokenRequests - before.TokenRequests);

        // And concurrent 401s share one renewal.
        await _oem.ExpireApiTokensAsync();
        var retried = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(_ => Task.Run(() => fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2021, "Toyota", "Camry"), CancellationToken.None))));
        Assert.All(retried, r => Assert.True(r.Outcome == FetchOutcome.Success, r.Reason));
        Assert.Equal(2, (await _oem.GetApiCountersAsync()).TokenRequests - before.TokenRequests);
    }

    [Fact]
    public async Task The_authorization_code_refresh_token_is_rotated_and_persisted()
    {
        var initial = await _oem.AuthorizeAsync();
        var store = new RecordingTokenStore();
        using var host = new ApiFetcherHost(_oem, o =>
        {
            o.Kind = ApiAuthenticationKind.AuthorizationCode;
            o.TokenEndpoint = new Uri(_oem.BaseAddress, "oauth/token");
            o.ClientId = SimulatedOemApi.ClientId;
            o.RefreshToken = initial;
        }, s => s.AddSingleton<ITokenStore>(store));
        var before = await _oem.GetApiCountersAsync();

        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2021, "Toyota", "Camry")).Outcome);

        var (key, rotated) = Assert.Single(store.Writes);
        Assert.NotEqual(initial, rotated);
        Assert.False(await _oem.IsRefreshTokenValidAsync(initial));
        Assert.True(await _oem.IsRefreshTokenValidAsync(rotated));
        Assert.Equal(rotated, await store.GetRefreshTokenAsync(key, CancellationToken.None));

        // The next renewal (after expiry) uses the stored, rotated token - the initial one is spent.
        host.Clock.Advance(SimulatedOemApi.AccessTokenLifetime);
        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2022, "Kia", "Sorento")).Outcome);
        Assert.Equal(2, store.Writes.Count);
        Assert.False(await _oem.IsRefreshTokenValidAsync(rotated));
        Assert.True(await _oem.IsRefreshTokenValidAsync(store.Writes.Last().Token));
        var after = await _oem.GetApiCountersAsync();
        Assert.Equal(2, after.RefreshTokenGrants - before.RefreshTokenGrants);
        Assert.Equal(0, after.RefusedTokenRequests - before.RefusedTokenRequests);
        Assert.DoesNotContain(initial, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(rotated, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spent_refresh_token_is_an_authentication_failure_that_does_not_show_the_token()
    {
        var spent = await _oem.AuthorizeAsync();
        using (var first = new ApiFetcherHost(_oem, o => AuthorizationCode(o, spent)))
        {
            Assert.Equal(FetchOutcome.Success, (await first.FetchAsync(2021, "Toyota", "Camry")).Outcome);
        }

        using var host = new ApiFetcherHost(_oem, o => AuthorizationCode(o, spent));
        var result = await host.FetchAsync(2021, "Toyota", "Camry");

        Assert.Equal(FetchOutcome.AuthenticationFailed, result.Outcome);
        Assert.False(result.Outcome.IsTransient());
        Assert.StartsWith("Authentication failed: the token endpoint", result.Reason, StringComparison.Ordinal);
        Assert.EndsWith("refused the refresh_token request with HTTP 400 (invalid_grant).", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(spent, result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(spent, host.Logs.AllText, StringComparison.Ordinal);
    }

    private void AuthorizationCode(ApiAuthenticationOptions o, string refreshToken)
    {
        o.Kind = ApiAuthenticationKind.AuthorizationCode;
        o.TokenEndpoint = new Uri(_oem.BaseAddress, "oauth/token");
        o.ClientId = SimulatedOemApi.ClientId;
        o.ClientSecret = SimulatedOemApi.ClientSecret;
        o.RefreshToken = refreshToken;
    }

    [Fact]
    public async Task The_api_key_is_sent_in_the_configured_header()
    {
        using var simulatorHeader = new ApiFetcherHost(_oem, o =>
        {
            o.Kind = ApiAuthenticationKind.ApiKey;
            o.ApiKey = SimulatedOemApi.ApiKey;
            o.ApiKeyHeaderName = SimulatedOemApi.ApiKeyHeader;
        });
        var before = await _oem.GetApiCountersAsync();
        Assert.Equal(FetchOutcome.Success, (await simulatorHeader.FetchAsync(2021, "Toyota", "Camry")).Outcome);
        Assert.Equal(0, (await _oem.GetApiCountersAsync()).TokenRequests - before.TokenRequests);

        HttpRequestMessage? seen = null;
        var stub = new StubHandler((request, _) =>
        {
            seen = request;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        });
        using var customHeader = new ApiFetcherHost(_oem, o =>
        {
            o.Kind = ApiAuthenticationKind.ApiKey;
            o.ApiKey = SimulatedOemApi.ApiKey;
            o.ApiKeyHeaderName = "X-Oem-Subscription-Key";
        }, s => s.AddHttpClient<SampleOemApiFetcher>().ConfigurePrimaryHttpMessageHandler(() => stub));

        var result = await customHeader.FetchAsync(2021, "Toyota", "Camry");

        Assert.Equal(FetchOutcome.Unsupported, result.Outcome);
        Assert.NotNull(seen);
        Assert.Equal([SimulatedOemApi.ApiKey], seen.Headers.GetValues("X-Oem-Subscription-Key"));
        Assert.False(seen.Headers.Contains(SimulatedOemApi.ApiKeyHeader));
        Assert.Null(seen.Headers.Authorization);
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_authentication_failure_without_the_key()
    {
        const string wrongKey = "wrong-api-key-9e107d9d372bb682";
        using var host = new ApiFetcherHost(_oem, o =>
        {
            o.Kind = ApiAuthenticationKind.ApiKey;
            o.ApiKey = wrongKey;
        });

        var result = await host.FetchAsync(2021, "Toyota", "Camry");

        Assert.Equal(FetchOutcome.AuthenticationFailed, result.Outcome);
        Assert.False(result.Outcome.IsTransient());
        Assert.StartsWith("Authentication failed: HTTP 401", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_client_credentials_are_an_http_error_whose_reason_and_logs_never_contain_the_secret()
    {
        using var host = new ApiFetcherHost(_oem, o =>
        {
            ApiFetcherHost.ClientCredentials(o, _oem);
            o.ClientSecret = WrongSecret;
        });
        var before = await _oem.GetApiCountersAsync();

        var result = await host.FetchAsync(2021, "Toyota", "Camry");

        Assert.Equal(FetchOutcome.AuthenticationFailed, result.Outcome);
        Assert.False(result.Outcome.IsTransient());
        Assert.Equal(
            $"Authentication failed: the token endpoint {new Uri(_oem.BaseAddress, "oauth/token")} refused the client_credentials request with HTTP 401 (invalid_client).",
            result.Reason);
        var after = await _oem.GetApiCountersAsync();
        Assert.Equal(1, after.RefusedTokenRequests - before.RefusedTokenRequests);
        Assert.Equal(0, after.MaintenanceRequests - before.MaintenanceRequests);
        Assert.NotEmpty(host.Logs.Entries);
        Assert.Contains("invalid_client", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongSecret, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongSecret, result.ToString(), StringComparison.Ordinal);

        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SampleOemApiOptions>>().Value;
        Assert.DoesNotContain(WrongSecret, options.Authentication.ToString(), StringComparison.Ordinal);
        Assert.Contains("ClientSecret=***", options.Authentication.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_run_logs_no_secret_and_no_token()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));

        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2021, "Toyota", "Camry")).Outcome);
        await _oem.ExpireApiTokensAsync();
        Assert.Equal(FetchOutcome.Success, (await host.FetchAsync(2021, "Toyota", "Camry")).Outcome);

        var logs = host.Logs.AllText;
        Assert.Contains("Authorization", logs, StringComparison.Ordinal);
        Assert.Contains("obtained an access token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(SimulatedOemApi.ClientSecret, logs, StringComparison.Ordinal);
        Assert.DoesNotMatch(IssuedToken(), logs);
    }

    [GeneratedRegex("(at|rt)_[0-9a-f]{32}")]
    private static partial Regex IssuedToken();
}
