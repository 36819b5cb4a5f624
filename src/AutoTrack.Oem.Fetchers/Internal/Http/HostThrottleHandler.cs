using AutoTrack.Oem.Fetchers.Http;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>
/// Per host: waits for a concurrency slot (held until the response body is disposed), a rate-limit token and the
/// robots.txt Crawl-delay, then checks the kill switch once more before sending.
/// Loopback hosts skip the limits unless <see cref="OemHttpOptions.ThrottleLoopback"/> is set. Applies per logical request
/// (retries inside are spaced by the retry backoff).
/// </summary>
internal sealed class HostThrottleHandler(HostThrottle throttle, RobotsCache robots, IHostSwitchboard switchboard, bool throttleLoopback) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new InvalidOperationException("The request has no URL.");
        if (url.IsLoopback && !throttleLoopback)
        {
            OemHttpPolicyHandler.ThrowIfDisabled(switchboard, url);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var limits = throttle.For(url.Host);
        var concurrency = await limits.Concurrency.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!concurrency.IsAcquired)
            {
                throw new OemHttpException(FetchOutcome.RateLimited, $"Our own concurrency budget for {url.Host} is spent (queue full).");
            }

            using (var token = await limits.Rate.AcquireAsync(1, cancellationToken).ConfigureAwait(false))
            {
                if (!token.IsAcquired)
                {
                    throw new OemHttpException(FetchOutcome.RateLimited, $"Our own request budget for {url.Host} is spent (queue full).");
                }
            }

            await limits.WaitForSlotAsync(robots.CrawlDelayFor(url), cancellationToken).ConfigureAwait(false);
            OemHttpPolicyHandler.ThrowIfDisabled(switchboard, url);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.Content = new LeasedContent(response.Content, concurrency);
            return response;
        }
        catch
        {
            concurrency.Dispose();
            throw;
        }
    }
}
