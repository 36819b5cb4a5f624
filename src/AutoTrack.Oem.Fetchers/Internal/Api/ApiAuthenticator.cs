using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>
/// Holds one fetcher's credentials and its cached access token. Tokens are cached until their stated expiry minus
/// <see cref="ApiAuthenticationOptions.TokenExpirySkew"/> (read from the injected <see cref="TimeProvider"/>); concurrent
/// callers that find no valid token share one token request (the first takes the gate, the others find its token).
/// Refresh tokens are read from and rotated into the <see cref="ITokenStore"/>. One instance per registered fetcher
/// (a singleton), so the cache outlives the HTTP handlers the client factory recycles.
/// </summary>
internal sealed class ApiAuthenticator : IDisposable
{
    /// <summary>Lifetime assumed when the token response states none.</summary>
    internal static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    private readonly string _fetcher;
    private readonly ApiAuthenticationOptions _options;
    private readonly Func<HttpClient> _tokenClient;
    private readonly TimeProvider _time;
    private readonly ITokenStore _store;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;

    public ApiAuthenticator(string fetcher, ApiAuthenticationOptions options, Func<HttpClient> tokenClient, TimeProvider time, ITokenStore store, ILogger logger)
    {
        _fetcher = fetcher;
        _options = options;
        _tokenClient = tokenClient;
        _time = time;
        _store = store;
        _logger = logger;
    }

    public ApiAuthenticationKind Kind => _options.Kind;

    public string ApiKeyHeaderName => _options.ApiKeyHeaderName;

    /// <summary>The API key (only for <see cref="ApiAuthenticationKind.ApiKey"/>).</summary>
    public string ApiKey => _options.ApiKey ?? string.Empty;

    private string StoreKey => $"{_fetcher}:{_options.ClientId}";

    private string Grant => _options.Kind == ApiAuthenticationKind.AuthorizationCode ? "refresh_token" : "client_credentials";

    /// <summary>A valid access token: the cached one, or a new one obtained once for all concurrent callers.</summary>
    /// <exception cref="ApiAuthenticationException">The token endpoint refused the credentials or sent no token.</exception>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (Valid(Volatile.Read(ref _current)) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Valid(_current) is { } fresh)
            {
                return fresh;
            }

            var token = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, token);
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached token if it is the one the API rejected (a newer one obtained meanwhile is kept).</summary>
    public void Invalidate(string rejected)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && string.Equals(current.Value, rejected, StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    /// <summary>Logs that a request is retried after a 401.</summary>
    public void LogRetry() => AuthLog.RetryingAfterUnauthorized(_logger, _fetcher);

    public void Dispose() => _gate.Dispose();

    private string? Valid(AccessToken? token) => token is not null && _time.GetUtcNow() < token.RenewAt ? token.Value : null;

    private async Task<AccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = _options.TokenEndpoint ?? throw new ApiAuthenticationException("Authentication failed: no token endpoint is configured.");
        var form = new List<KeyValuePair<string, string>>();
        if (_options.Kind == ApiAuthenticationKind.AuthorizationCode)
        {
            var refresh = await _store.GetRefreshTokenAsync(StoreKey, cancellationToken).ConfigureAwait(false) ?? _options.RefreshToken ?? string.Empty;
            form.Add(new("grant_type", "refresh_token"));
            form.Add(new("refresh_token", refresh));
        }
        else
        {
            form.Add(new("grant_type", "client_credentials"));
        }

        form.Add(new("client_id", _options.ClientId ?? string.Empty));
        if (!string.IsNullOrEmpty(_options.ClientSecret))
        {
            form.Add(new("client_secret", _options.ClientSecret));
        }

        if (!string.IsNullOrWhiteSpace(_options.Scope))
        {
            form.Add(new("scope", _options.Scope));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _tokenClient().SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = ErrorCode(body);
            var status = (int)response.StatusCode;
            AuthLog.TokenRequestRefused(_logger, _fetcher, endpoint, Grant, status, error);
            throw new ApiAuthenticationException(
                string.Create(CultureInfo.InvariantCulture, $"Authentication failed: the token endpoint {endpoint} refused the {Grant} request with HTTP {status} ({error})."),
                response.StatusCode);
        }

        string? accessToken = null;
        string? refreshToken = null;
        double? expiresIn = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                var root = json.RootElement;
                accessToken = root.TryGetProperty("access_token", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                refreshToken = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                expiresIn = root.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var seconds) && seconds > 0 ? seconds : null;
            }
        }
        catch (JsonException)
        {
            accessToken = null;
        }

        if (string.IsNullOrEmpty(accessToken))
        {
            throw new ApiAuthenticationException($"Authentication failed: the token endpoint {endpoint} answered the {Grant} request without an access token.", HttpStatusCode.OK);
        }

        if (_options.Kind == ApiAuthenticationKind.AuthorizationCode && !string.IsNullOrEmpty(refreshToken))
        {
            await _store.SetRefreshTokenAsync(StoreKey, refreshToken, cancellationToken).ConfigureAwait(false);
            AuthLog.RefreshTokenRotated(_logger, _fetcher);
        }

        var lifetime = expiresIn is { } s ? TimeSpan.FromSeconds(s) : DefaultLifetime;
        var usable = lifetime - _options.TokenExpirySkew;
        if (usable < lifetime / 2)
        {
            usable = lifetime / 2;
        }

        AuthLog.TokenObtained(_logger, _fetcher, Grant, endpoint, lifetime);
        return new AccessToken(accessToken, _time.GetUtcNow() + usable);
    }

    /// <summary>The OAuth "error" code of a token error response, reduced to safe characters; never the description,
    /// which some servers fill with what was sent.</summary>
    private static string ErrorCode(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String && error.GetString() is { Length: > 0 and <= 64 } code
                && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return code;
            }
        }
        catch (JsonException)
        {
            // Not JSON: no code to report.
        }

        return "no OAuth error code";
    }
}
