using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers;
using AutoTrack.Oem.Fetchers.Internal.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers AutoTrack.Oem JSON API fetchers with their authentication.</summary>
public static class ApiFetcherServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SampleOemApiFetcher"/>; see <see cref="AddJsonApiFetcher{TFetcher, TOptions}"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and the credentials (bind them from configuration).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddSampleOemApiFetcher(this IServiceCollection services, Action<SampleOemApiOptions> configure) =>
        services.AddJsonApiFetcher<SampleOemApiFetcher, SampleOemApiOptions>(configure);

    /// <summary>
    /// Registers a <see cref="JsonApiFetcher"/> as a typed <see cref="HttpClient"/> client of the polite AutoTrack.Oem
    /// HTTP layer (see <c>AddOemHttpClient</c>: kill switch, rate and daily limits, retries, circuit breaker, redirects
    /// only to the base address's host; robots.txt is not consulted for a documented API; logged header values
    /// redacted) with the authentication
    /// handler its <see cref="JsonApiOptions.Authentication"/> calls for, and as a <see cref="MaintenanceFetcher"/>. Options
    /// are validated on start: a missing <see cref="JsonApiOptions.BaseAddress"/> or missing credentials fail the host's
    /// start with a message naming the setting (never its value). Adds <see cref="TimeProvider.System"/> and an
    /// <see cref="InMemoryTokenStore"/> as <see cref="ITokenStore"/> unless already registered. Calling it again only adds
    /// the configuration; the fetcher stays registered once.
    /// </summary>
    /// <typeparam name="TFetcher">The fetcher.</typeparam>
    /// <typeparam name="TOptions">Its options.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and the credentials.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddJsonApiFetcher<TFetcher, TOptions>(this IServiceCollection services, Action<TOptions> configure)
        where TFetcher : JsonApiFetcher
        where TOptions : JsonApiOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = services.AddOptions<TOptions>().Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(FetcherAuthenticator<TFetcher>)))
        {
            return services;
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITokenStore, InMemoryTokenStore>();
        OemHttpServiceCollectionExtensions.AddOemHttpClient<TokenEndpointClient<TFetcher>>(
                services,
                sp => sp.GetRequiredService<IOptions<TOptions>>().Value.Authentication.TokenEndpoint is { } endpoint ? [endpoint.Authority] : [],
                consultRobots: _ => false,
                outermost: null)
            .RedactLoggedHeaders(_ => true);
        services.AddSingleton(sp =>
        {
            var value = sp.GetRequiredService<IOptions<TOptions>>().Value;

            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(TFetcher).FullName!) ?? NullLogger.Instance;
            return new FetcherAuthenticator<TFetcher>(new ApiAuthenticator(
                typeof(TFetcher).Name, value.Authentication, () => sp.GetRequiredService<TokenEndpointClient<TFetcher>>().Http, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ITokenStore>(), logger));
        });
        // Authentication runs outside the polite layer, so a request it repeats (after a 401) is limited like any other.
        OemHttpServiceCollectionExtensions.AddOemHttpClient<TFetcher>(
                services,
                sp => sp.GetRequiredService<IOptions<TOptions>>().Value.BaseAddress is { } baseAddress ? [baseAddress.Authority] : [],
                consultRobots: _ => false,
                outermost: sp => new ApiAuthenticationHandler(
                    sp.GetRequiredService<FetcherAuthenticator<TFetcher>>().Authenticator,
                    sp.GetRequiredService<IOptions<TOptions>>().Value.BaseAddress!))
            .RedactLoggedHeaders(_ => true);
        services.TryAddEnumerable(ServiceDescriptor.Transient<MaintenanceFetcher, TFetcher>(sp => sp.GetRequiredService<TFetcher>()));
        return services;
    }
}
