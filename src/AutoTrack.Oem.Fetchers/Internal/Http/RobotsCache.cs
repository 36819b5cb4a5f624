using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using AutoTrack.Oem.Fetchers.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>
/// Each origin's robots.txt, fetched once and kept for <see cref="OemHttpOptions.RobotsCacheDuration"/>. 2xx: parsed;
/// 3xx and 4xx: everything allowed (redirects are not followed for robots.txt); 429, 5xx or no answer: everything
/// disallowed for <see cref="OemHttpOptions.RobotsErrorCacheDuration"/> (conservative: a host that cannot serve its
/// rules is not crawled). Our own refusals (kill switch, spent daily budget) are passed on and not cached. Thread-safe singleton shared by every client.
/// </summary>
internal sealed class RobotsCache(IOptions<OemHttpOptions> options, TimeProvider timeProvider, ILogger<RobotsCache> logger)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cached Crawl-delay for a host (any port), capped; null when none is known.</summary>
    public TimeSpan? CrawlDelayFor(Uri url)
    {
        if (!_entries.TryGetValue(Key(url), out var entry) || entry.Rules.CrawlDelay is not { } delay)
        {
            return null;
        }

        return delay > options.Value.MaxCrawlDelay ? options.Value.MaxCrawlDelay : delay;
    }

    public async Task<RobotsRules> GetAsync(Uri url, Func<Uri, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        var key = Key(url);
        if (_entries.TryGetValue(key, out var cached) && cached.Expires > timeProvider.GetUtcNow())
        {
            return cached.Rules;
        }

        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_entries.TryGetValue(key, out cached) && cached.Expires > timeProvider.GetUtcNow())
            {
                return cached.Rules;
            }

            var robotsUrl = new Uri(url, "/robots.txt");
            var rules = await FetchAsync(robotsUrl, send, cancellationToken).ConfigureAwait(false);
            var lifetime = rules.UnavailableReason is null ? options.Value.RobotsCacheDuration : options.Value.RobotsErrorCacheDuration;
            var expires = timeProvider.GetUtcNow() + lifetime;
            _entries[key] = new Entry(rules, expires);
            if (rules.UnavailableReason is { } reason)
            {
                HttpLog.RobotsUnavailable(logger, key, reason, expires);
            }
            else
            {
                HttpLog.RobotsRead(logger, key, expires);
            }

            return rules;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<RobotsRules> FetchAsync(Uri robotsUrl, Func<Uri, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await send(robotsUrl, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return RobotsRules.Parse(text);
            }

            if (status is >= 300 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return RobotsRules.AllowAll;
            }

            return RobotsRules.Unavailable(string.Create(CultureInfo.InvariantCulture, $"{robotsUrl} answered HTTP {status}"));
        }
        catch (OemHttpException ex) when (ex.Outcome is FetchOutcome.SourceDisabled or FetchOutcome.RateLimited)
        {
            // Our own refusals (kill switch, spent daily budget) say nothing about the host's rules: report them as
            // they are and cache nothing.
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or Polly.ExecutionRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return RobotsRules.Unavailable($"{robotsUrl} could not be read ({ex.Message})");
        }
    }

    private static string Key(Uri url) => url.Scheme + "://" + url.Authority;

    private sealed record Entry(RobotsRules Rules, DateTimeOffset Expires);
}
