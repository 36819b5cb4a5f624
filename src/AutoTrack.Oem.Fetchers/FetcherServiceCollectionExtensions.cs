using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AutoTrack.Oem PDF fetchers.</summary>
public static class FetcherServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ToyotaWarrantyGuideFetcher"/> as a typed <see cref="HttpClient"/> client and as a
    /// <see cref="MaintenanceFetcher"/>, with its options validated on start (a missing
    /// <see cref="OemPdfSourceOptions.BaseAddress"/> fails the host's start). Calling it again only adds the
    /// configuration; the fetcher stays registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and the document index.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddToyotaWarrantyGuideFetcher(this IServiceCollection services, Action<ToyotaWarrantyGuideOptions> configure) =>
        AddPdfFetcher<ToyotaWarrantyGuideFetcher, ToyotaWarrantyGuideOptions>(services, configure, ToyotaWarrantyGuideFetcher.Info);

    /// <summary>
    /// Registers <see cref="HyundaiMatrixPdfFetcher"/> as a typed <see cref="HttpClient"/> client and as a
    /// <see cref="MaintenanceFetcher"/>, with its options validated on start (a missing
    /// <see cref="OemPdfSourceOptions.BaseAddress"/> fails the host's start). Calling it again only adds the
    /// configuration; the fetcher stays registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and the document index.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHyundaiMatrixPdfFetcher(this IServiceCollection services, Action<HyundaiMatrixPdfOptions> configure) =>
        AddPdfFetcher<HyundaiMatrixPdfFetcher, HyundaiMatrixPdfOptions>(services, configure, HyundaiMatrixPdfFetcher.Info);

    private static IServiceCollection AddPdfFetcher<TFetcher, TOptions>(IServiceCollection services, Action<TOptions> configure, FetcherMetadata metadata)
        where TFetcher : MaintenanceFetcher
        where TOptions : OemPdfSourceOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = services.AddOptions<TOptions>().Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(TFetcher)))
        {
            return services;
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOemHttpClient<TFetcher>(sp => sp.GetRequiredService<IOptions<TOptions>>().Value.BaseAddress is { } baseAddress
            ? metadata with { AllowedHosts = [.. metadata.AllowedHosts, baseAddress.Authority] }
            : metadata);
        services.TryAddEnumerable(ServiceDescriptor.Transient<MaintenanceFetcher, TFetcher>(sp => sp.GetRequiredService<TFetcher>()));
        return services;
    }
}
