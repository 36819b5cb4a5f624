using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>AddOemHttp and AddOemHttpClient: idempotent, validated on start, usable by plugin authors.</summary>
public sealed class OemHttpRegistrationTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public void AddOemHttp_is_idempotent_and_keeps_every_configuration()
    {
        var services = new ServiceCollection();
        services.AddOemHttp(o => o.MaxRetries = 5);
        services.AddOemHttp(o => o.Burst = 7);
        services.AddOemHttp();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<OemHttpOptions>>().Value;

        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(7, options.Burst);
        Assert.Single(services, d => d.ServiceType == typeof(IHostSwitchboard));
        Assert.Same(provider.GetRequiredService<IHostSwitchboard>(), provider.GetRequiredService<IHostSwitchboard>());
    }

    [Fact]
    public void Invalid_settings_fail_on_start_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddOemHttp(o =>
        {
            o.AttemptTimeout = TimeSpan.Zero;
            o.Hosts["oem.example"] = new HostPolicy { MaxConcurrency = 0 };
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AttemptTimeout must be positive", error.Message, StringComparison.Ordinal);
        Assert.Contains("Hosts['oem.example']", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_client_goes_through_the_same_layer()
    {
        var services = new ServiceCollection();
        services.AddOemHttp(o => o.Hosts[_oem.BaseAddress.Host] = new HostPolicy { Disabled = true });
        services.AddOemHttpClient<PluginClient>(_ => new FetcherMetadata("plugin", "Example", SourceKind.OemPdf, 200));
        services.AddOemHttpClient<PluginClient>(_ => new FetcherMetadata("plugin", "Example", SourceKind.OemPdf, 200));
        using var provider = services.BuildServiceProvider();
        var before = _oem.Requests.Count;

        var error = await Assert.ThrowsAsync<OemHttpException>(() => provider.GetRequiredService<PluginClient>().Http.GetAsync(_oem.BaseAddress));

        Assert.Equal(FetchOutcome.SourceDisabled, error.Outcome);
        Assert.Equal(before, _oem.Requests.Count);
    }

    [Fact]
    public async Task A_plugin_client_sends_the_honest_user_agent_once()
    {
        var services = new ServiceCollection();
        services.AddOemHttpClient<PluginClient>(_ => new FetcherMetadata("plugin", "Example", SourceKind.OemPdf, 200));
        services.AddOemHttpClient<PluginClient>(_ => new FetcherMetadata("plugin", "Example", SourceKind.OemPdf, 200));
        using var provider = services.BuildServiceProvider();
        var url = new Uri(_oem.BaseAddress, "plugin/probe.pdf");

        using var response = await provider.GetRequiredService<PluginClient>().Http.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(OemUserAgent.Value, _oem.Requests.Last(r => r.Path == "/plugin/probe.pdf").UserAgent);
        Assert.Equal(1, _oem.RequestCount("/plugin/probe.pdf"));
    }

    public sealed class PluginClient(HttpClient http)
    {
        public HttpClient Http { get; } = http;
    }
}
