namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>The API's credentials were refused or no token could be obtained. The message names the endpoint, the HTTP
/// status and the OAuth error code only - never a secret. <see cref="JsonApiFetcher"/> turns it into
/// <see cref="FetchOutcome.AuthenticationFailed"/> (<see cref="FetchOutcome.HttpError"/> when the token endpoint answered
/// 5xx) with a reason starting "Authentication failed".</summary>
internal sealed class ApiAuthenticationException : HttpRequestException
{
    public ApiAuthenticationException(string message, System.Net.HttpStatusCode? statusCode = null, Exception? inner = null)
        : base(message, inner, statusCode)
    {
    }

    public ApiAuthenticationException()
    {
    }

    public ApiAuthenticationException(string message)
        : base(message)
    {
    }

    public ApiAuthenticationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
