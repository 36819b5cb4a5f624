using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>GET /robots.txt from the <see cref="RobotsPolicy"/> (outranks the catch-all document route).</summary>
internal static class RobotsRoute
{
    public static void Map(WebApplication app, RobotsPolicy robots) =>
        app.MapMethods("/robots.txt", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(robots.Render(), context.RequestAborted);
        });
}
