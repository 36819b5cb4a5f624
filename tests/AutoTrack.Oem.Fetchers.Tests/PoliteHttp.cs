using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Fetchers registered through DI, so every request goes through the AutoTrack.Oem HTTP layer, with
/// settings small enough for tests (short backoff and timeouts, generous rate limits).</summary>
internal static class PoliteHttp
{
    public static ServiceProvider Provider(OemSimulator simulator, Action<OemHttpOptions>? adjust = null, Uri? baseAddress = null, TimeProvider? time = null,
        CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddOemHttp(o =>
        {
            o.ThrottleLoopback = true;
            o.RequestsPerSecond = 500;
            o.Burst = 100;
            o.MaxConcurrencyPerHost = 8;
            o.MaxRetries = 2;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.CircuitBreakerMinimumThroughput = 1_000;
            o.MaxRetryAfter = TimeSpan.FromSeconds(5);
            adjust?.Invoke(o);
        });
        services.AddToyotaWarrantyGuideFetcher(o =>
        {
            o.BaseAddress = baseAddress ?? simulator.BaseAddress;
            o.RequestTimeout = TimeSpan.FromSeconds(15);
            TestFetchers.Index(o, simulator.Catalog, SampleDocumentStyles.ToyotaWarrantyGuide);
        });
        services.AddHyundaiMatrixPdfFetcher(o =>
        {
            o.BaseAddress = baseAddress ?? simulator.BaseAddress;
            o.RequestTimeout = TimeSpan.FromSeconds(15);
            TestFetchers.Index(o, simulator.Catalog, SampleDocumentStyles.HyundaiMatrix);
        });
        var provider = services.BuildServiceProvider(validateScopes: true);
        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        return provider;
    }

    public static ToyotaWarrantyGuideFetcher Toyota(this ServiceProvider provider) => provider.GetRequiredService<ToyotaWarrantyGuideFetcher>();

    public static HyundaiMatrixPdfFetcher Hyundai(this ServiceProvider provider) => provider.GetRequiredService<HyundaiMatrixPdfFetcher>();
}
