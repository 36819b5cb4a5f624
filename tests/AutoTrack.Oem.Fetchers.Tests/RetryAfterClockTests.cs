using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Retry-After waits run on the registered <see cref="TimeProvider"/>: no real sleeping.</summary>
public sealed class RetryAfterClockTests
{
    [Fact]
    public async Task A_long_retry_after_is_waited_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var documentCalls = 0;
        using var stub = new StubHandler((request, _) =>
        {
            if (request.RequestUri!.AbsolutePath == "/robots.txt")
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }

            if (Interlocked.Increment(ref documentCalls) == 1)
            {
                var busy = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                busy.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(60));
                return Task.FromResult(busy);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddOemHttp(o =>
        {
            o.MaxRetryAfter = TimeSpan.FromMinutes(5);
            o.RequestsPerSecond = 100;
        });
        services.AddToyotaWarrantyGuideFetcher(o =>
        {
            o.BaseAddress = new Uri("https://guides.invalid/");
            o.RequestTimeout = TimeSpan.FromMinutes(10);
            o.AddDocument(2022, "Toyota", "Camry", "camry.pdf");
        });
        services.AddHttpClient<ToyotaWarrantyGuideFetcher>().ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var fetch = provider.GetRequiredService<ToyotaWarrantyGuideFetcher>()
            .FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry"), CancellationToken.None);
        await WaitUntilAsync(() => Volatile.Read(ref documentCalls) == 1);
        await Task.Delay(100);
        Assert.False(fetch.IsCompleted);
        Assert.Equal(1, Volatile.Read(ref documentCalls));

        clock.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(100);
        Assert.Equal(1, Volatile.Read(ref documentCalls));

        clock.Advance(TimeSpan.FromSeconds(2));
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, documentCalls);
        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Contains("HTTP 404", result.Reason, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
