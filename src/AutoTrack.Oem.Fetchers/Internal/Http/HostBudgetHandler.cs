using System.Globalization;
using AutoTrack.Oem.Fetchers.Http;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>
/// The innermost handler: every attempt that would reach the network (retries and robots.txt included) first takes
/// one request from the host's daily <see cref="IHostRequestBudget"/>. Over budget, nothing is sent and the request
/// fails with <see cref="FetchOutcome.RateLimited"/>; the resilience pipeline does not retry our own refusals.
/// Loopback hosts are exempt unless <see cref="OemHttpOptions.ThrottleLoopback"/> is set.
/// </summary>
internal sealed class HostBudgetHandler(OemHttpOptions options, IHostRequestBudget budget, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new InvalidOperationException("The request has no URL.");
        if ((url.IsLoopback && !options.ThrottleLoopback) || options.RequestsPerDayFor(url.Host) is not { } limit)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var day = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        bool granted;
        try
        {
            granted = await budget.TryTakeAsync(url.Host, day, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new OemHttpException(FetchOutcome.RateLimited,
                $"{url} not requested: the daily request budget for {url.Host} could not be checked ({ex.Message}).", ex);
        }

        if (!granted)
        {
            throw new OemHttpException(FetchOutcome.RateLimited,
                $"{url} not requested: today's budget of {limit.ToString("N0", CultureInfo.InvariantCulture)} requests to {url.Host} is spent " +
                $"({day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} UTC); fetching resumes after midnight UTC.");
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
