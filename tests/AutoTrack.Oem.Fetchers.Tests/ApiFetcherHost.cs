using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>A service provider with the sample API fetcher registered against a simulator, a fake clock and captured logs.</summary>
internal sealed class ApiFetcherHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public ApiFetcherHost(OemSimulator simulator, Action<ApiAuthenticationOptions> authentication, Action<IServiceCollection>? services = null)
        : this(simulator.BaseAddress, authentication, services)
    {
    }

    public ApiFetcherHost(Uri baseAddress, Action<ApiAuthenticationOptions> authentication, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));

        // The HTTP layer's retry waits run on the fake clock, which these tests do not advance: one attempt per
        // request. The layer's retries have their own tests (PolitenessTests, RetryAfterClockTests).
        collection.AddOemHttp(o => o.MaxRetries = 0);
        collection.AddSampleOemApiFetcher(o =>
        {
            o.BaseAddress = baseAddress;
            authentication(o.Authentication);
        });

        // After the registration, so test doubles (primary handlers, token stores) replace the defaults.
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public MaintenanceFetcher Fetcher => _provider.GetRequiredService<SampleOemApiFetcher>();

    public Task<FetchResult> FetchAsync(int year, string make, string model) =>
        Fetcher.FetchScheduleAsync(VehicleDescriptor.Create(year, make, model), CancellationToken.None);

    public static void ClientCredentials(ApiAuthenticationOptions o, OemSimulator simulator)
    {
        o.Kind = ApiAuthenticationKind.ClientCredentials;
        o.TokenEndpoint = new Uri(simulator.BaseAddress, SimulatedOemApi.TokenPath.TrimStart('/'));
        o.ClientId = SimulatedOemApi.ClientId;
        o.ClientSecret = SimulatedOemApi.ClientSecret;
        o.Scope = "maintenance.read";
    }

    public void Dispose() => _provider.Dispose();
}
