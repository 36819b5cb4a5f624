using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using AutoTrack.Oem.Fetchers.Http;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>Each host's token bucket, concurrency limiter and Crawl-delay clock, shared by every client.
/// Thread-safe singleton.</summary>
internal sealed class HostThrottle(IOptions<OemHttpOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<string, HostLimits> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HostLimits For(string host) => _hosts.GetOrAdd(host, h => new HostLimits(options.Value, h, timeProvider));

    public void Dispose()
    {
        foreach (var limits in _hosts.Values)
        {
            limits.Dispose();
        }
    }

    internal sealed class HostLimits : IDisposable
    {
        private readonly TimeProvider _timeProvider;
        private readonly Lock _gate = new();
        private DateTimeOffset _next = DateTimeOffset.MinValue;

        public HostLimits(OemHttpOptions options, string host, TimeProvider timeProvider)
        {
            _timeProvider = timeProvider;
            var rps = options.RequestsPerSecondFor(host);
            Rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.Burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / rps),
                QueueLimit = 100_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
            Concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrencyFor(host),
                QueueLimit = 100_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        public RateLimiter Rate { get; }

        public RateLimiter Concurrency { get; }

        /// <summary>Waits until at least <paramref name="delay"/> has passed since the previous request's slot.</summary>
        public async Task WaitForSlotAsync(TimeSpan? delay, CancellationToken cancellationToken)
        {
            if (delay is not { } minimum || minimum <= TimeSpan.Zero)
            {
                return;
            }

            TimeSpan wait;
            lock (_gate)
            {
                var now = _timeProvider.GetUtcNow();
                var slot = _next > now ? _next : now;
                _next = slot + minimum;
                wait = slot - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        public void Dispose()
        {
            Rate.Dispose();
            Concurrency.Dispose();
        }
    }
}
