using Microsoft.Extensions.Logging;

namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>What the authenticator logs: endpoints, lifetimes, status codes and OAuth error codes; never a secret or a token.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "{Fetcher}: obtained an access token by {Grant} from {Endpoint}, valid for {Lifetime}")]
    public static partial void TokenObtained(ILogger logger, string fetcher, string grant, Uri endpoint, TimeSpan lifetime);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "{Fetcher}: the refresh token was rotated and stored")]
    public static partial void RefreshTokenRotated(ILogger logger, string fetcher);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "{Fetcher}: the API answered 401 to a request with an access token; renewing the token and retrying once")]
    public static partial void RetryingAfterUnauthorized(ILogger logger, string fetcher);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "{Fetcher}: the token endpoint {Endpoint} refused the {Grant} request with HTTP {Status} ({Error})")]
    public static partial void TokenRequestRefused(ILogger logger, string fetcher, Uri endpoint, string grant, int status, string error);
}
