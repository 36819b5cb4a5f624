using System.Net;
using AutoTrack.Oem.Fetchers.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>The per-host resilience pipeline: retry (exponential backoff with jitter, Retry-After honoured on 429
/// and 503 up to <see cref="OemHttpOptions.MaxRetryAfter"/>), circuit breaker, per-attempt timeout.</summary>
internal static class OemResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, OemHttpOptions options, TimeProvider timeProvider)
    {
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args =>
                {
                    if (args.Outcome.Result is { } response && RetryAfter(response, timeProvider) is { } wait && wait > options.MaxRetryAfter)
                    {
                        return ValueTask.FromResult(false);
                    }

                    return ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome));
                },
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, timeProvider) : null),
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>The wait a 429 or 503 asks for (delta-seconds or HTTP-date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - timeProvider.GetUtcNow() : TimeSpan.Zero);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
