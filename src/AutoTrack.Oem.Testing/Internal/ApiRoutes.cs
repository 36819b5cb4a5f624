using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The simulated OEM API's routes (see <see cref="SimulatedOemApi"/>): token endpoint, maintenance API (over the
/// simulator's catalog, with a strong ETag and Last-Modified, answering conditional requests with 304) and the control
/// endpoints the <see cref="SimulatedOemApi"/> extension methods call. They outrank the documents' catch-all.</summary>
internal static class ApiRoutes
{
    public static void Map(WebApplication app, SampleCatalog catalog, DateTimeOffset lastModified)
    {
        var state = new ApiState();
        var samples = catalog.Vehicles
            .DistinctBy(v => Key(v.Vehicle.Year, v.Vehicle.MakeKey, v.Vehicle.ModelKey), StringComparer.Ordinal)
            .ToFrozenDictionary(v => Key(v.Vehicle.Year, v.Vehicle.MakeKey, v.Vehicle.ModelKey), StringComparer.Ordinal);
        app.MapPost(SimulatedOemApi.TokenPath, (HttpContext context) => TokenAsync(context, state));
        app.MapGet(SimulatedOemApi.MaintenancePath, (HttpContext context) => MaintenanceAsync(context, state, samples, lastModified));

        var control = app.MapGroup(SimulatedOemApi.ControlPath);
        control.MapPost("/expire-tokens", () =>
        {
            state.ExpireAccessTokens();
            return Results.NoContent();
        });
        control.MapPost("/fault/{fault:int}", (int fault) =>
        {
            state.Fault = (SimulatedApiFault)fault;
            return Results.NoContent();
        });
        control.MapPost("/authorize", () => Results.Json(new Dictionary<string, string>(StringComparer.Ordinal) { ["refresh_token"] = state.IssueRefreshToken() }));
        control.MapGet("/refresh-tokens/{token}", (string token) => state.IsRefreshTokenValid(token) ? Results.NoContent() : Results.NotFound());
        control.MapGet("/counters", () => Results.Json(state.Counters));
    }

    private static async Task TokenAsync(HttpContext context, ApiState state)
    {
        state.CountTokenRequest();
        context.Response.Headers.CacheControl = "no-store";
        if (!context.Request.HasFormContentType)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var (clientId, clientSecret) = ClientCredentials(context.Request, form);
        var grant = form["grant_type"].ToString();
        switch (grant)
        {
            case "client_credentials":
                if (!string.Equals(clientId, SimulatedOemApi.ClientId, StringComparison.Ordinal) || !string.Equals(clientSecret, SimulatedOemApi.ClientSecret, StringComparison.Ordinal))
                {
                    state.CountRefused();
                    context.Response.Headers.WWWAuthenticate = "Basic realm=\"oem\"";
                    await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client").ConfigureAwait(false);
                    return;
                }

                await TokenResponseAsync(context, state.IssueAccessToken(byRefresh: false), null).ConfigureAwait(false);
                return;
            case "refresh_token":
                if (!string.Equals(clientId, SimulatedOemApi.ClientId, StringComparison.Ordinal)
                    || (clientSecret is not null && !string.Equals(clientSecret, SimulatedOemApi.ClientSecret, StringComparison.Ordinal)))
                {
                    state.CountRefused();
                    await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client").ConfigureAwait(false);
                    return;
                }

                if (!state.RedeemRefreshToken(form["refresh_token"].ToString()))
                {
                    state.CountRefused();
                    await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_grant").ConfigureAwait(false);
                    return;
                }

                await TokenResponseAsync(context, state.IssueAccessToken(byRefresh: true), state.IssueRefreshToken()).ConfigureAwait(false);
                return;
            default:
                state.CountRefused();
                await ErrorAsync(context, StatusCodes.Status400BadRequest, "unsupported_grant_type").ConfigureAwait(false);
                return;
        }
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        var secret = form["client_secret"].ToString();
        return (form["client_id"].ToString(), secret.Length == 0 ? null : secret);
    }

    private static Task TokenResponseAsync(HttpContext context, string accessToken, string? refreshToken)
    {
        var body = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)SimulatedOemApi.AccessTokenLifetime.TotalSeconds,
        };
        if (refreshToken is not null)
        {
            body["refresh_token"] = refreshToken;
        }

        return Results.Json(body).ExecuteAsync(context);
    }

    private static string Key(int year, string makeKey, string modelKey) => string.Create(CultureInfo.InvariantCulture, $"{year}|{makeKey}|{modelKey}");

    private static async Task MaintenanceAsync(HttpContext context, ApiState state, FrozenDictionary<string, SampleVehicle> samples, DateTimeOffset lastModified)
    {
        state.CountMaintenanceRequest();
        if (!Authorized(context.Request, state))
        {
            state.CountUnauthorized();
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_token").ConfigureAwait(false);
            return;
        }

        var query = context.Request.Query;
        if (!int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || string.IsNullOrWhiteSpace(query["make"]) || string.IsNullOrWhiteSpace(query["model"])
            || year < VehicleDescriptor.MinimumYear || year > 2100)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request").ConfigureAwait(false);
            return;
        }

        var asked = VehicleDescriptor.Create(year, query["make"].ToString(), query["model"].ToString());
        if (samples.GetValueOrDefault(Key(asked.Year, asked.MakeKey, asked.ModelKey)) is not { } sample)
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "not_found").ConfigureAwait(false);
            return;
        }

        // The body is the resource's current representation (a fault changes it, and with it the ETag).
        var body = ApiSchedule.Write(sample, state.Fault);
        await ConditionalGet.ServeAsync(context, SimulatedDocument.Create(body, "application/json; charset=utf-8", lastModified)).ConfigureAwait(false);
    }

    private static bool Authorized(HttpRequest request, ApiState state)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && state.IsAccessTokenValid(authorization[7..].Trim()))
        {
            return true;
        }

        return string.Equals(request.Headers[SimulatedOemApi.ApiKeyHeader].ToString(), SimulatedOemApi.ApiKey, StringComparison.Ordinal);
    }

    private static Task ErrorAsync(HttpContext context, int status, string error) =>
        Results.Json(new Dictionary<string, string>(StringComparer.Ordinal) { ["error"] = error }, statusCode: status).ExecuteAsync(context);
}
