using System.Globalization;
using System.Net;
using AutoTrack.Oem.Fetchers.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>
/// The outermost AutoTrack.Oem handler. Before every request and redirect hop: the kill switch
/// (<see cref="FetchOutcome.SourceDisabled"/>), HTTPS for non-loopback hosts and allowed hosts for redirect targets
/// (<see cref="FetchOutcome.InvalidResponse"/>), robots.txt (<see cref="FetchOutcome.DisallowedByRobots"/>). Follows
/// redirects itself, and turns the resilience layer's give-ups into <see cref="OemHttpException"/>s: open circuit →
/// <see cref="FetchOutcome.HttpError"/> ("circuit open for host"; the host has been failing, it did not ask us to slow
/// down), attempt timeout → <see cref="FetchOutcome.Timeout"/>, a final 429 → <see cref="FetchOutcome.RateLimited"/>.
/// </summary>
internal sealed class OemHttpPolicyHandler(OemHttpOptions options, IHostSwitchboard switchboard, RobotsCache robots, IReadOnlyCollection<string> allowedHosts, bool consultRobots, ILogger logger)
    : DelegatingHandler
{
    public static void ThrowIfDisabled(IHostSwitchboard switchboard, Uri url)
    {
        if (switchboard.IsDisabled(url.Host))
        {
            throw new OemHttpException(FetchOutcome.SourceDisabled, $"{url.Host} is disabled by the operator's kill switch; {url} was not requested.");
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var first = request.RequestUri ?? throw new InvalidOperationException("The request has no URL.");
        try
        {
            return await SendFollowingRedirectsAsync(request, first, cancellationToken).ConfigureAwait(false);
        }
        catch (OemHttpException ex)
        {
            // Every refusal and give-up of the layer leaves through here: one log entry per request.
            var outcome = ex.Outcome.Code();
            if (ex.Outcome is FetchOutcome.SourceDisabled or FetchOutcome.DisallowedByRobots)
            {
                HttpLog.NotRequested(logger, first, outcome, ex.Message);
            }
            else
            {
                HttpLog.Failed(logger, first, outcome, ex.Message);
            }

            throw;
        }
    }

    private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(HttpRequestMessage request, Uri first, CancellationToken cancellationToken)
    {
        var current = request;
        try
        {
            for (var hop = 0; ; hop++)
            {
                var url = current.RequestUri!;
                await CheckAsync(current, url, cancellationToken).ConfigureAwait(false);
                var response = await SendOnceAsync(current, cancellationToken).ConfigureAwait(false);
                if (!IsRedirect(response.StatusCode))
                {
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        var retryAfter = response.Headers.RetryAfter?.ToString();
                        response.Dispose();
                        throw new OemHttpException(FetchOutcome.RateLimited, string.Create(CultureInfo.InvariantCulture,
                            $"HTTP 429 Too Many Requests from {url.Host} for {url} (up to {options.MaxRetries + 1} attempts){(retryAfter is null ? string.Empty : "; Retry-After " + retryAfter)}."));
                    }

                    return response;
                }

                var location = response.Headers.Location;
                var status = (int)response.StatusCode;
                response.Dispose();
                if (location is null)
                {
                    throw new OemHttpException(FetchOutcome.InvalidResponse, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} from {url} without a Location header."));
                }

                var target = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (hop >= options.MaxRedirects)
                {
                    throw new OemHttpException(FetchOutcome.InvalidResponse, string.Create(CultureInfo.InvariantCulture, $"Too many redirects from {first} (more than {options.MaxRedirects})."));
                }

                if (!IsAllowed(target, first))
                {
                    throw new OemHttpException(FetchOutcome.InvalidResponse,
                        $"Redirect from {url} to {target} refused: {target.Authority} is not an allowed host for this fetcher; nothing was requested from it.");
                }

                var next = new HttpRequestMessage(status == 303 ? HttpMethod.Get : current.Method, target) { Version = current.Version, VersionPolicy = current.VersionPolicy };
                foreach (var header in current.Headers)
                {
                    next.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                if (!ReferenceEquals(current, request))
                {
                    current.Dispose();
                }

                current = next;
            }
        }
        finally
        {
            if (!ReferenceEquals(current, request))
            {
                current.Dispose();
            }
        }
    }

    private async Task CheckAsync(HttpRequestMessage request, Uri url, CancellationToken cancellationToken)
    {
        ThrowIfDisabled(switchboard, url);
        if (options.RequireHttps && !string.Equals(url.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) && !url.IsLoopback)
        {
            throw new OemHttpException(FetchOutcome.InvalidResponse, $"{url} refused: plain {url.Scheme} to a non-loopback host is not allowed (RequireHttps); nothing was requested.");
        }

        if (!options.RespectRobotsTxt || !consultRobots)
        {
            return;
        }

        var rules = await robots.GetAsync(url, (robotsUrl, token) => SendRobotsAsync(request, robotsUrl, token), cancellationToken).ConfigureAwait(false);
        if (!rules.IsAllowed(url.PathAndQuery))
        {
            throw new OemHttpException(FetchOutcome.DisallowedByRobots, rules.UnavailableReason is { } reason
                ? $"{url} not requested: robots.txt is unavailable, so the host is treated as disallowed ({reason})."
                : $"{url} not requested: {url.Host}'s robots.txt disallows {url.AbsolutePath} for {RobotsRules.ProductToken}.");
        }
    }

    private Task<HttpResponseMessage> SendRobotsAsync(HttpRequestMessage original, Uri robotsUrl, CancellationToken cancellationToken)
    {
        var robotsRequest = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
        foreach (var agent in original.Headers.UserAgent)
        {
            robotsRequest.Headers.UserAgent.Add(agent);
        }

        robotsRequest.Headers.Accept.ParseAdd("text/plain");
        return SendOnceAsync(robotsRequest, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw new OemHttpException(FetchOutcome.HttpError, $"circuit open for host {url.Authority}: it failed repeatedly, so {url} was not requested.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new OemHttpException(FetchOutcome.Timeout, string.Create(CultureInfo.InvariantCulture,
                $"No response from {url} within {options.AttemptTimeout.TotalSeconds:0.###} s per attempt (up to {options.MaxRetries + 1} attempts)."), ex);
        }
        catch (RateLimiterRejectedException ex)
        {
            throw new OemHttpException(FetchOutcome.RateLimited, $"Our own request budget for {url.Host} is spent.", ex);
        }
        catch (ExecutionRejectedException ex)
        {
            throw new OemHttpException(FetchOutcome.NetworkError, $"{url} was not requested: {ex.Message}", ex);
        }
    }

    private bool IsAllowed(Uri target, Uri first)
    {
        if (string.Equals(target.Authority, first.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return allowedHosts.Any(h => string.Equals(h, target.Authority, StringComparison.OrdinalIgnoreCase)
            || (target.IsDefaultPort && string.Equals(h, target.Host, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
