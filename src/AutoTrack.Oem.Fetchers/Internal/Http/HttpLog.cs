using Microsoft.Extensions.Logging;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>What the polite HTTP layer logs: requests it did not send or gave up on, and each origin's robots.txt.
/// Retries and circuit-breaker transitions are logged by the resilience pipeline's own telemetry.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "{Url} not requested ({Outcome}): {Reason}")]
    public static partial void NotRequested(ILogger logger, Uri url, string outcome, string reason);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "{Url} failed ({Outcome}): {Reason}")]
    public static partial void Failed(ILogger logger, Uri url, string outcome, string reason);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Debug, Message = "robots.txt of {Origin} read; cached until {Expires}")]
    public static partial void RobotsRead(ILogger logger, string origin, DateTimeOffset expires);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "robots.txt of {Origin} is unavailable ({Reason}); the host is treated as disallowed until {Expires}")]
    public static partial void RobotsUnavailable(ILogger logger, string origin, string reason, DateTimeOffset expires);
}
