using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AutoTrack.Oem static-HTML portal fetchers.</summary>
public static class HtmlPortalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SampleHtmlPortalFetcher"/> as a typed <see cref="HttpClient"/> client (User-Agent
    /// <see cref="OemUserAgent.Value"/>; redirects are followed by the fetcher, only to allowed hosts) and as a
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
        services.AddHttpClient<SampleHtmlPortalFetcher>(client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(OemUserAgent.Value);

                // The fetcher enforces HtmlPortalOptions.RequestTimeout with the injected TimeProvider.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddEnumerable(ServiceDescriptor.Transient<MaintenanceFetcher, SampleHtmlPortalFetcher>(sp => sp.GetRequiredService<SampleHtmlPortalFetcher>()));
        return services;
    }
}
