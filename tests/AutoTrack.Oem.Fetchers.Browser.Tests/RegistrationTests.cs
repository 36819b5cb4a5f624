using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>Registration and the package's public surface; no browser is launched here.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Registering_twice_gives_one_fetcher_and_one_browser_session()
    {
        var services = new ServiceCollection();
        services.AddSampleJsPortalFetcher(o => o.BaseAddress = new Uri("http://127.0.0.1:9/portal/js/"));
        services.AddSampleJsPortalFetcher(o => o.PageTimeout = TimeSpan.FromSeconds(5));
        services.AddOemBrowser(o => o.ExecutablePath = "/opt/chromium/chrome");
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var fetcher = Assert.Single(provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>());
        Assert.Equal("sample-js-portal", fetcher.Metadata.Name);
        Assert.Equal(SourceKind.OemPortal, fetcher.Metadata.SourceKind);
        Assert.Equal(TermsOfUse.ScrapingPermitted, fetcher.Metadata.TermsOfUse);
        Assert.Same(provider.GetRequiredService<BrowserSession>(), provider.GetRequiredService<BrowserSession>());
        Assert.Equal(TimeSpan.FromSeconds(5), provider.GetRequiredService<IOptions<SampleJsPortalOptions>>().Value.PageTimeout);
        Assert.Equal("/opt/chromium/chrome", provider.GetRequiredService<IOptions<BrowserOptions>>().Value.ExecutablePath);
        Assert.Equal(1, services.Count(d => d.ServiceType == typeof(BrowserSession)));
    }

    [Fact]
    public void A_missing_base_address_fails_validation_on_start()
    {
        var services = new ServiceCollection();
        services.AddSampleJsPortalFetcher(_ => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("BaseAddress is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_executable_on_linux_is_debians_chromium()
    {
        Assert.Equal(OperatingSystem.IsLinux() ? "/usr/bin/chromium" : null, new BrowserOptions().ExecutablePath);
    }

    [Fact]
    public void The_package_exports_the_session_the_base_class_the_sample_adapter_their_options_and_registration()
    {
        var exported = typeof(BrowserSession).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "AutoTrack.Oem.Fetchers.Browser.BrowserOptions",
            "AutoTrack.Oem.Fetchers.Browser.BrowserPortalFetcher",
            "AutoTrack.Oem.Fetchers.Browser.BrowserPortalOptions",
            "AutoTrack.Oem.Fetchers.Browser.BrowserSession",
            "AutoTrack.Oem.Fetchers.Browser.SampleJsPortalFetcher",
            "AutoTrack.Oem.Fetchers.Browser.SampleJsPortalOptions",
            typeof(BrowserServiceCollectionExtensions).FullName!,
        ], exported);
    }
}
