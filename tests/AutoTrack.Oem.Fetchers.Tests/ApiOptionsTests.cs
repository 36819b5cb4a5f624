using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>API fetcher registration: options validated on start, credentials from configuration, idempotent registration.</summary>
public sealed class ApiOptionsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public void Options_without_a_base_address_fail_validation_at_start()
    {
        var error = StartError(o => ApiFetcherHost.ClientCredentials(o.Authentication, _oem));

        Assert.Contains("BaseAddress is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_without_credentials_fail_validation_at_start_naming_the_setting()
    {
        var error = StartError(o => o.BaseAddress = _oem.BaseAddress);

        Assert.Contains("Authentication.Kind is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApiAuthenticationKind.ClientCredentials, "Authentication.ClientSecret is required")]
    [InlineData(ApiAuthenticationKind.AuthorizationCode, "Authentication.RefreshToken is required")]
    [InlineData(ApiAuthenticationKind.ApiKey, "Authentication.ApiKey is required")]
    public void Each_kind_requires_its_secret(ApiAuthenticationKind kind, string message)
    {
        var error = StartError(o =>
        {
            o.BaseAddress = _oem.BaseAddress;
            o.Authentication.Kind = kind;
            o.Authentication.TokenEndpoint = new Uri(_oem.BaseAddress, "oauth/token");
            o.Authentication.ClientId = SimulatedOemApi.ClientId;
        });

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_oauth_kinds_require_a_token_endpoint_and_a_client_id()
    {
        var error = StartError(o =>
        {
            o.BaseAddress = _oem.BaseAddress;
            o.Authentication.Kind = ApiAuthenticationKind.ClientCredentials;
            o.Authentication.ClientSecret = "some-secret-value-0123456789";
        });

        Assert.Contains("Authentication.TokenEndpoint is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication.ClientId is required", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("some-secret-value-0123456789", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_registers_one_fetcher()
    {
        var services = new ServiceCollection();
        services.AddSampleOemApiFetcher(Configure);
        services.AddSampleOemApiFetcher(Configure);
        services.AddToyotaWarrantyGuideFetcher(o => o.BaseAddress = _oem.BaseAddress);
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var fetchers = provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>().ToList();

        Assert.Equal(["sample-oem-api", "toyota-wmg-pdf"], fetchers.Select(f => f.Metadata.Name).Order(StringComparer.Ordinal));
        Assert.IsType<InMemoryTokenStore>(provider.GetRequiredService<ITokenStore>());
    }

    [Fact]
    public async Task Credentials_come_from_configuration_including_environment_variables()
    {
        const string prefix = "AUTOTRACK_OEM_TEST_";
        Environment.SetEnvironmentVariable(prefix + "Oem__SampleApi__Authentication__ClientSecret", SimulatedOemApi.ClientSecret);
        try
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Oem:SampleApi:BaseAddress"] = _oem.BaseAddress.ToString(),
                ["Oem:SampleApi:Authentication:Kind"] = "ClientCredentials",
                ["Oem:SampleApi:Authentication:TokenEndpoint"] = new Uri(_oem.BaseAddress, "oauth/token").ToString(),
                ["Oem:SampleApi:Authentication:ClientId"] = SimulatedOemApi.ClientId,
            });
            builder.Configuration.AddEnvironmentVariables(prefix);
            var section = builder.Configuration.GetSection("Oem:SampleApi");
            builder.Services.AddSampleOemApiFetcher(section.Bind);
            using var host = builder.Build();
            await host.StartAsync();

            var fetcher = host.Services.GetRequiredService<IEnumerable<MaintenanceFetcher>>().Single();
            var result = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2021, "Lexus", "RX"), CancellationToken.None);

            Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
            await host.StopAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Oem__SampleApi__Authentication__ClientSecret", null);
        }
    }

    private void Configure(SampleOemApiOptions options)
    {
        options.BaseAddress = _oem.BaseAddress;
        ApiFetcherHost.ClientCredentials(options.Authentication, _oem);
    }

    private static OptionsValidationException StartError(Action<SampleOemApiOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSampleOemApiFetcher(configure);
        using var provider = services.BuildServiceProvider();

        var onStart = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>().ToList());
        return onStart;
    }
}
