using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace AutoTrack.Oem.Testing;

/// <summary>
/// The simulator's OEM API: an OAuth 2.0 token endpoint (<see cref="TokenPath"/>: client_credentials and rotating
/// refresh_token grants, access tokens valid for <see cref="AccessTokenLifetime"/>, bad credentials answered 401
/// <c>{"error":"invalid_client"}</c>, unknown or used refresh tokens 400 <c>{"error":"invalid_grant"}</c>) and a JSON
/// maintenance API (<see cref="MaintenancePath"/>?year=&amp;make=&amp;model=) serving the simulator's
/// <see cref="OemSimulator.Catalog"/> (one resource per model year and model, with a strong ETag and Last-Modified;
/// conditional requests are answered 304 without a body, counted by <see cref="OemSimulator.Responses"/> for
/// <see cref="MaintenancePath"/>), which requires a valid bearer token or the <see cref="ApiKey"/> in the <see cref="ApiKeyHeader"/> header (401
/// otherwise). The extension methods switch its behaviour and read its counters; they apply to one simulator.
/// </summary>
/// <remarks>The credentials are fixed test values, not secrets.</remarks>
public static class SimulatedOemApi
{
    /// <summary>The client id the token endpoint accepts.</summary>
    public const string ClientId = "autotrack-sample-client";

    /// <summary>The client secret the token endpoint accepts (a test value).</summary>
    public const string ClientSecret = "sample-client-secret-7f3a9c";

    /// <summary>The API key the maintenance API accepts (a test value).</summary>
    public const string ApiKey = "sample-api-key-51d2e8";

    /// <summary>The header the maintenance API reads the API key from.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The token endpoint's path.</summary>
    public const string TokenPath = "/oauth/token";

    /// <summary>The maintenance API's path.</summary>
    public const string MaintenancePath = "/api/v1/maintenance";

    /// <summary>The path of the simulator's control endpoints (not part of the simulated API).</summary>
    internal const string ControlPath = "/_simulator/api";

    private static readonly HttpClient Http = new();

    /// <summary>How long issued access tokens are valid (the token response's expires_in).</summary>
    public static TimeSpan AccessTokenLifetime { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Invalidates every access token issued so far (refresh tokens stay valid): the next API request with one
    /// of them is answered 401.</summary>
    /// <param name="simulator">The simulator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static async Task ExpireApiTokensAsync(this OemSimulator simulator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        using var response = await Http.PostAsync(Control(simulator, "expire-tokens"), null, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Makes the maintenance API misbehave (or behave again, with <see cref="SimulatedApiFault.None"/>).</summary>
    /// <param name="simulator">The simulator.</param>
    /// <param name="fault">The behaviour.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static async Task SetApiFaultAsync(this OemSimulator simulator, SimulatedApiFault fault, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var path = string.Create(CultureInfo.InvariantCulture, $"fault/{(int)fault}");
        using var response = await Http.PostAsync(Control(simulator, path), null, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Issues a refresh token as an authorization code flow would have, out of band (the user consented).</summary>
    /// <param name="simulator">The simulator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A refresh token valid for one use of the refresh_token grant.</returns>
    public static async Task<string> AuthorizeAsync(this OemSimulator simulator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        using var response = await Http.PostAsync(Control(simulator, "authorize"), null, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        return json.RootElement.GetProperty("refresh_token").GetString()!;
    }

    /// <summary>True when the refresh token is currently valid (issued and not yet used).</summary>
    /// <param name="simulator">The simulator.</param>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static async Task<bool> IsRefreshTokenValidAsync(this OemSimulator simulator, string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(refreshToken);
        using var response = await Http.GetAsync(Control(simulator, "refresh-tokens/" + Uri.EscapeDataString(refreshToken)), cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    /// <summary>The API's counters.</summary>
    /// <param name="simulator">The simulator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static async Task<SimulatedApiCounters> GetApiCountersAsync(this OemSimulator simulator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return await Http.GetFromJsonAsync<SimulatedApiCounters>(Control(simulator, "counters"), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The simulator sent no counters.");
    }

    private static Uri Control(OemSimulator simulator, string path) => new(simulator.BaseAddress, ControlPath.TrimStart('/') + "/" + path);
}
