namespace AutoTrack.Oem.Fetchers;

/// <summary>How a <see cref="JsonApiFetcher"/> authenticates to its API (<see cref="ApiAuthenticationOptions.Kind"/>).</summary>
public enum ApiAuthenticationKind
{
    /// <summary>Not configured: fails options validation, so a fetcher never calls an API without credentials by accident.</summary>
    None,

    /// <summary>OAuth 2.0 client credentials grant: <see cref="ApiAuthenticationOptions.TokenEndpoint"/>,
    /// <see cref="ApiAuthenticationOptions.ClientId"/>, <see cref="ApiAuthenticationOptions.ClientSecret"/> and an optional
    /// <see cref="ApiAuthenticationOptions.Scope"/>.</summary>
    ClientCredentials,

    /// <summary>OAuth 2.0 authorization code flow, refresh side: the host obtains a refresh token out of band
    /// (<see cref="ApiAuthenticationOptions.RefreshToken"/>); access tokens are refreshed with it and each rotated refresh
    /// token is persisted through <see cref="ITokenStore"/>.</summary>
    AuthorizationCode,

    /// <summary>A static API key sent in the <see cref="ApiAuthenticationOptions.ApiKeyHeaderName"/> header.</summary>
    ApiKey,

    /// <summary>Explicitly no authentication (a public API).</summary>
    Anonymous,
}
