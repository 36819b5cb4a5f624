using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AutoTrack.Oem static-HTML portal fetchers.</summary>
public static class HtmlPortalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SampleHtmlPortalFetcher"/> as a typed <see cref="HttpClient"/> client of the polite
    /// AutoTrack.Oem HTTP layer (see <c>AddOemHttpClient</c>: robots.txt, rate and daily limits, retries, redirects
    /// only to the base address's host or allowed hosts) and as a
    /// <see cref="MaintenanceFetcher"/>, with its options validated on start (a missing
    /// <see cref="HtmlPortalOptions.BaseAddress"/> fails the host's start). Calling it again only adds the
    /// configuration; the fetcher stays registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address (the folder of the "{year}/{make}/{model}.html" pages).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddSampleHtmlPortalFetcher(this IServiceCollection services, Action<SampleHtmlPortalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = services.AddOptions<SampleHtmlPortalOptions>().Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(SampleHtmlPortalFetcher)))
        {
            return services;
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOemHttpClient<SampleHtmlPortalFetcher>(sp => sp.GetRequiredService<IOptions<SampleHtmlPortalOptions>>().Value.BaseAddress is { } baseAddress
            ? SampleHtmlPortalFetcher.Info with { AllowedHosts = [.. SampleHtmlPortalFetcher.Info.AllowedHosts, baseAddress.Authority] }
            : SampleHtmlPortalFetcher.Info);
        services.TryAddEnumerable(ServiceDescriptor.Transient<MaintenanceFetcher, SampleHtmlPortalFetcher>(sp => sp.GetRequiredService<SampleHtmlPortalFetcher>()));
        return services;
    }
}
