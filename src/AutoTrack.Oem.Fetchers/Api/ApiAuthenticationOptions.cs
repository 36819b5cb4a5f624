namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// The credentials a <see cref="JsonApiFetcher"/> uses (<see cref="JsonApiOptions.Authentication"/>). Bind them from
/// <c>IConfiguration</c> - environment variables, user secrets and vault providers all feed it - never from source code.
/// Secret values (<see cref="ClientSecret"/>, <see cref="RefreshToken"/>, <see cref="ApiKey"/>) are never logged, never put
/// in exception messages or fetch reasons, and are redacted by <see cref="ToString"/>.
/// </summary>
public sealed class ApiAuthenticationOptions
{
    /// <summary>The scheme. <see cref="ApiAuthenticationKind.None"/> (the default) fails validation.</summary>
    public ApiAuthenticationKind Kind { get; set; }

    /// <summary>The OAuth 2.0 token endpoint (absolute http(s)); required for the OAuth kinds.</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>The OAuth 2.0 client id; required for the OAuth kinds.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth 2.0 client secret (secret); required for <see cref="ApiAuthenticationKind.ClientCredentials"/>,
    /// optional for <see cref="ApiAuthenticationKind.AuthorizationCode"/> (public clients have none).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The scope(s) requested, space-separated; optional.</summary>
    public string? Scope { get; set; }

    /// <summary>The refresh token obtained out of band (secret); required for <see cref="ApiAuthenticationKind.AuthorizationCode"/>.
    /// Used only while the <see cref="ITokenStore"/> holds no newer (rotated) one.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The API key (secret); required for <see cref="ApiAuthenticationKind.ApiKey"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header the API key is sent in ("X-Api-Key" by default).</summary>
    public string ApiKeyHeaderName { get; set; } = "X-Api-Key";

    /// <summary>How long before its stated expiry an access token is renewed (60 seconds by default).</summary>
    public TimeSpan TokenExpirySkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Checks that the credentials the <see cref="Kind"/> needs are present; messages name settings, never values.</summary>
    /// <param name="prefix">The settings path of these options ("Authentication").</param>
    /// <returns>The problems found, if any.</returns>
    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        switch (Kind)
        {
            case ApiAuthenticationKind.None:
                yield return Error(prefix, nameof(Kind), $"{prefix}.Kind is required: set it to ClientCredentials, AuthorizationCode or ApiKey (with the matching credentials) or to Anonymous for a public API.");
                break;
            case ApiAuthenticationKind.ClientCredentials or ApiAuthenticationKind.AuthorizationCode:
                if (TokenEndpoint is null)
                {
                    yield return Error(prefix, nameof(TokenEndpoint), $"{prefix}.TokenEndpoint is required for {Kind}: the absolute http(s) address of the OAuth 2.0 token endpoint.");
                }
                else if (!TokenEndpoint.IsAbsoluteUri || (TokenEndpoint.Scheme != Uri.UriSchemeHttp && TokenEndpoint.Scheme != Uri.UriSchemeHttps))
                {
                    yield return Error(prefix, nameof(TokenEndpoint), $"{prefix}.TokenEndpoint must be an absolute http or https address.");
                }

                if (string.IsNullOrWhiteSpace(ClientId))
                {
                    yield return Error(prefix, nameof(ClientId), $"{prefix}.ClientId is required for {Kind}.");
                }

                if (Kind == ApiAuthenticationKind.ClientCredentials && string.IsNullOrWhiteSpace(ClientSecret))
                {
                    yield return Error(prefix, nameof(ClientSecret), $"{prefix}.ClientSecret is required for ClientCredentials; supply it from configuration (environment variable, user secrets or a vault).");
                }

                if (Kind == ApiAuthenticationKind.AuthorizationCode && string.IsNullOrWhiteSpace(RefreshToken))
                {
                    yield return Error(prefix, nameof(RefreshToken), $"{prefix}.RefreshToken is required for AuthorizationCode: the refresh token obtained out of band; supply it from configuration.");
                }

                break;
            case ApiAuthenticationKind.ApiKey:
                if (string.IsNullOrWhiteSpace(ApiKey))
                {
                    yield return Error(prefix, nameof(ApiKey), $"{prefix}.ApiKey is required for ApiKey; supply it from configuration (environment variable, user secrets or a vault).");
                }

                if (string.IsNullOrWhiteSpace(ApiKeyHeaderName) || ApiKeyHeaderName.Any(c => c <= ' ' || c >= 127 || c == ':'))
                {
                    yield return Error(prefix, nameof(ApiKeyHeaderName), $"{prefix}.ApiKeyHeaderName must be a valid HTTP header name.");
                }

                break;
            case ApiAuthenticationKind.Anonymous:
                break;
            default:
                yield return Error(prefix, nameof(Kind), $"{prefix}.Kind '{Kind}' is not a known authentication kind.");
                break;
        }

        if (TokenExpirySkew < TimeSpan.Zero)
        {
            yield return Error(prefix, nameof(TokenExpirySkew), $"{prefix}.TokenExpirySkew must not be negative.");
        }
    }

    /// <summary>The kind and the non-secret settings; secrets show as "***" when set.</summary>
    public override string ToString() =>
        $"{Kind} (TokenEndpoint={TokenEndpoint?.ToString() ?? "-"}, ClientId={ClientId ?? "-"}, ClientSecret={Redacted(ClientSecret)}, Scope={Scope ?? "-"}, RefreshToken={Redacted(RefreshToken)}, ApiKey={Redacted(ApiKey)}, ApiKeyHeaderName={ApiKeyHeaderName})";

    private static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "-" : "***";

    private static System.ComponentModel.DataAnnotations.ValidationResult Error(string prefix, string member, string message) =>
        new(message, [$"{prefix}.{member}"]);
}
