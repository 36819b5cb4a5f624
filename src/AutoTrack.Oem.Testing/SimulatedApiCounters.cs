namespace AutoTrack.Oem.Testing;

/// <summary>What the simulator's API has seen so far (<see cref="SimulatedOemApi.GetApiCountersAsync"/>).</summary>
/// <param name="TokenRequests">Requests to the token endpoint, refused ones included.</param>
/// <param name="ClientCredentialsGrants">Access tokens issued for the client credentials grant.</param>
/// <param name="RefreshTokenGrants">Access tokens issued for the refresh token grant (each rotating the refresh token).</param>
/// <param name="RefusedTokenRequests">Token requests refused (bad client credentials, unknown or used refresh token).</param>
/// <param name="MaintenanceRequests">Requests to the maintenance API, unauthorized ones included.</param>
/// <param name="UnauthorizedRequests">Maintenance API requests answered 401.</param>
public sealed record SimulatedApiCounters(
    int TokenRequests, int ClientCredentialsGrants, int RefreshTokenGrants, int RefusedTokenRequests, int MaintenanceRequests, int UnauthorizedRequests);
