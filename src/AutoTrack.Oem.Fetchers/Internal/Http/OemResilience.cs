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

                    return ValueTask.FromResult(IsTransient(args.Outcome));
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
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>A transient failure of the host; our own refusals (<see cref="OemHttpException"/>, such as a spent
    /// daily budget) are neither retried nor counted against the host's circuit.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not OemHttpException && HttpClientResiliencePredicates.IsTransient(outcome);

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
