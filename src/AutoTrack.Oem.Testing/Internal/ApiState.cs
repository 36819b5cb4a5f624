using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The simulated API's tokens, fault switch and counters. Thread-safe; one per simulator.</summary>
internal sealed class ApiState
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _refreshTokens = new(StringComparer.Ordinal);
    private int _fault;
    private int _tokenRequests;
    private int _clientCredentialsGrants;
    private int _refreshTokenGrants;
    private int _refusedTokenRequests;
    private int _maintenanceRequests;
    private int _unauthorizedRequests;

    public SimulatedApiFault Fault
    {
        get => (SimulatedApiFault)Volatile.Read(ref _fault);
        set => Volatile.Write(ref _fault, (int)value);
    }

    public SimulatedApiCounters Counters => new(
        Volatile.Read(ref _tokenRequests), Volatile.Read(ref _clientCredentialsGrants), Volatile.Read(ref _refreshTokenGrants),
        Volatile.Read(ref _refusedTokenRequests), Volatile.Read(ref _maintenanceRequests), Volatile.Read(ref _unauthorizedRequests));

    public void CountTokenRequest() => Interlocked.Increment(ref _tokenRequests);

    public void CountRefused() => Interlocked.Increment(ref _refusedTokenRequests);

    public void CountMaintenanceRequest() => Interlocked.Increment(ref _maintenanceRequests);

    public void CountUnauthorized() => Interlocked.Increment(ref _unauthorizedRequests);

    public string IssueAccessToken(bool byRefresh)
    {
        Interlocked.Increment(ref byRefresh ? ref _refreshTokenGrants : ref _clientCredentialsGrants);
        var token = NewToken("at");
        _accessTokens[token] = DateTimeOffset.UtcNow + SimulatedOemApi.AccessTokenLifetime;
        return token;
    }

    public string IssueRefreshToken()
    {
        var token = NewToken("rt");
        _refreshTokens[token] = 0;
        return token;
    }

    /// <summary>Uses a refresh token up: true when it was valid (it is invalid afterwards).</summary>
    public bool RedeemRefreshToken(string token) => _refreshTokens.TryRemove(token, out _);

    public bool IsRefreshTokenValid(string token) => _refreshTokens.ContainsKey(token);

    public bool IsAccessTokenValid(string token) => _accessTokens.TryGetValue(token, out var expires) && DateTimeOffset.UtcNow < expires;

    public void ExpireAccessTokens() => _accessTokens.Clear();

    private static string NewToken(string prefix) => prefix + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
