using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers;
using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Fetchers.Internal.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the polite, resilient HTTP layer every AutoTrack.Oem fetcher uses.</summary>
public static class OemHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OemHttpOptions"/> (validated on start), the <see cref="IHostSwitchboard"/> kill switch,
    /// the <see cref="IHostRequestBudget"/> (in memory unless one is registered already) and the shared per-host state (rate and concurrency limits, robots.txt cache). Idempotent: calling it again
    /// only adds the configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the politeness settings; optional.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddOemHttp(this IServiceCollection services, Action<OemHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<OemHttpOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(HostSwitchboard)))
        {
            return services;
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HostSwitchboard>();
        services.TryAddSingleton<IHostSwitchboard>(sp => sp.GetRequiredService<HostSwitchboard>());
        services.TryAddSingleton<HostThrottle>();
        services.TryAddSingleton(sp => new RobotsCache(
            sp.GetRequiredService<IOptions<OemHttpOptions>>(), sp.GetRequiredService<TimeProvider>(), LoggerOf<RobotsCache>(sp)));
        services.TryAddSingleton<IHostRequestBudget, InMemoryHostRequestBudget>();
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed <see cref="HttpClient"/> client that goes through the
    /// AutoTrack.Oem HTTP layer: the honest <see cref="OemUserAgent"/>, the kill switch, HTTPS outside loopback,
    /// robots.txt, per-host rate, daily and concurrency limits, retries with backoff and Retry-After, a per-host circuit
    /// breaker, and redirects followed only to the request's own host or the fetcher's
    /// <see cref="FetcherMetadata.AllowedHosts"/>. Refusals and give-ups surface as <see cref="OemHttpException"/>
    /// carrying the <see cref="FetchOutcome"/> to report. Calls <see cref="AddOemHttp"/>. Registering the same client
    /// twice keeps one pipeline. Clients of <see cref="SourceKind.OemApi"/> fetchers do not consult robots.txt (a
    /// documented API called with credentials is governed by its terms); every other rule applies to them.
    /// </summary>
    /// <typeparam name="TClient">The typed client (usually the fetcher).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="metadata">The fetcher's metadata; its <see cref="FetcherMetadata.AllowedHosts"/> entries are host
    /// names (any default port) or "host:port" authorities.</param>
    /// <returns>The client builder, for further configuration.</returns>
    public static IHttpClientBuilder AddOemHttpClient<TClient>(this IServiceCollection services, Func<IServiceProvider, FetcherMetadata> metadata)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(metadata);
        return AddOemHttpClient<TClient>(services, sp => [.. metadata(sp).AllowedHosts], sp => metadata(sp).SourceKind != SourceKind.OemApi, outermost: null);
    }

    /// <summary>The typed client behind <see cref="AddOemHttpClient{TClient}(IServiceCollection, Func{IServiceProvider, FetcherMetadata})"/>.
    /// robots.txt governs crawling; a documented API called with credentials (<see cref="SourceKind.OemApi"/>) is
    /// governed by its terms instead, so its clients do not consult robots.txt (every other rule applies).
    /// <paramref name="outermost"/> (e.g. authentication) runs before the layer, so whatever it sends again goes
    /// through every rule.</summary>
    internal static IHttpClientBuilder AddOemHttpClient<TClient>(IServiceCollection services, Func<IServiceProvider, IReadOnlyCollection<string>> allowedHosts,
        Func<IServiceProvider, bool> consultRobots, Func<IServiceProvider, DelegatingHandler>? outermost)
        where TClient : class
    {
        services.AddOemHttp();
        var registered = services.Any(d => d.ServiceType == typeof(OemClientMarker<TClient>));
        var builder = services.AddHttpClient<TClient>();
        if (registered)
        {
            return builder;
        }

        services.AddSingleton<OemClientMarker<TClient>>();
        builder.ConfigureHttpClient(client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(OemUserAgent.Value);

            // Fetchers enforce their own overall timeout with the injected TimeProvider; attempts are limited by
            // OemHttpOptions.AttemptTimeout.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        if (outermost is not null)
        {
            builder.AddHttpMessageHandler(outermost);
        }

        builder.AddHttpMessageHandler(sp => new OemHttpPolicyHandler(
            sp.GetRequiredService<IOptions<OemHttpOptions>>().Value,
            sp.GetRequiredService<IHostSwitchboard>(),
            sp.GetRequiredService<RobotsCache>(),
            allowedHosts(sp),
            consultRobots(sp),
            LoggerOf<TClient>(sp)));
        builder.AddHttpMessageHandler(sp => new HostThrottleHandler(
            sp.GetRequiredService<HostThrottle>(), sp.GetRequiredService<RobotsCache>(), sp.GetRequiredService<IHostSwitchboard>(),
            sp.GetRequiredService<IOptions<OemHttpOptions>>().Value.ThrottleLoopback));
        builder.AddResilienceHandler("oem-http", (pipeline, context) => OemResilience.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<OemHttpOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()))
            .SelectPipelineByAuthority();
        builder.AddHttpMessageHandler(sp => new HostBudgetHandler(
            sp.GetRequiredService<IOptions<OemHttpOptions>>().Value, sp.GetRequiredService<IHostRequestBudget>(), sp.GetRequiredService<TimeProvider>()));
        return builder;
    }

    // Hosts normally add logging; a bare ServiceCollection (tests, small tools) still works, silently.
    private static ILogger<T> LoggerOf<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
