namespace AutoTrack.Oem.Fetchers.Http;

/// <summary>
/// The daily request budget per host (<see cref="OemHttpOptions.RequestsPerDay"/>, <see cref="HostPolicy.RequestsPerDay"/>):
/// every request the AutoTrack.Oem HTTP layer sends to a host, retries and robots.txt included, first takes one
/// request from the host's budget for the current UTC day; when none is left the request is not sent and fails with
/// <see cref="FetchOutcome.RateLimited"/>. The default keeps the count in memory, per process;
/// <c>AddOemScheduleAggregation</c> replaces it with one kept in the database, so that every node sharing that
/// database shares one budget per host. Implementations must be thread-safe.
/// </summary>
public interface IHostRequestBudget
{
    /// <summary>Takes one request from the host's budget for the day, unless <paramref name="dailyLimit"/> requests
    /// have already been taken.</summary>
    /// <param name="host">The host name ("oem.example"), compared case-insensitively.</param>
    /// <param name="day">The UTC day the request counts against.</param>
    /// <param name="dailyLimit">The most requests the host may receive that day (at least 1).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the request may be sent; false when the day's budget is spent.</returns>
    ValueTask<bool> TryTakeAsync(string host, DateOnly day, int dailyLimit, CancellationToken cancellationToken);
}
