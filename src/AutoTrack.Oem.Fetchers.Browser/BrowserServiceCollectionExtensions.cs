using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers.Browser;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AutoTrack.Oem headless-browser strategy and its fetchers.</summary>
public static class BrowserServiceCollectionExtensions
{
    /// <summary>
    /// Registers the process's one <see cref="BrowserSession"/> (a singleton, launched on first use) with its
    /// <see cref="BrowserOptions"/> validated on start. Calling it again only adds the configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options (e.g. <see cref="BrowserOptions.ExecutablePath"/>); may be null.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOemBrowser(this IServiceCollection services, Action<BrowserOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BrowserOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(BrowserSession)))
        {
            return services;
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<BrowserSession>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="SampleJsPortalFetcher"/> as a typed <see cref="HttpClient"/> client through the AutoTrack.Oem
    /// HTTP layer (for the conditional HEAD that spares a render; the portal's host is allowed) and as a
    /// <see cref="MaintenanceFetcher"/>, with its options validated on start (a missing <see cref="BrowserPortalOptions.BaseAddress"/> fails the host's start),
    /// and the shared <see cref="BrowserSession"/> (<see cref="AddOemBrowser"/>). Calling it again only adds the
    /// configuration; the fetcher stays registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address (the folder of the "{year}/{make}/{model}.html" pages) and the page timeout.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddSampleJsPortalFetcher(this IServiceCollection services, Action<SampleJsPortalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = services.AddOptions<SampleJsPortalOptions>().Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(SampleJsPortalFetcher)))
        {
            return services;
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.AddOemBrowser();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOemHttpClient<SampleJsPortalFetcher>(sp => sp.GetRequiredService<IOptions<SampleJsPortalOptions>>().Value.BaseAddress is { } baseAddress
            ? SampleJsPortalFetcher.Info with { AllowedHosts = [.. SampleJsPortalFetcher.Info.AllowedHosts, baseAddress.Authority] }
            : SampleJsPortalFetcher.Info);
        services.TryAddEnumerable(ServiceDescriptor.Transient<MaintenanceFetcher, SampleJsPortalFetcher>(sp => sp.GetRequiredService<SampleJsPortalFetcher>()));
        return services;
    }
}
