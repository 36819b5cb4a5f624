using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// The simulator's request pipeline: every request is recorded first, then routed. Documents are served by a
/// catch-all GET/HEAD route, so behaviours added later (fault injection as middleware before the routes,
/// robots.txt or conditional requests as their own endpoints, which outrank the catch-all) slot in here.
/// </summary>
internal static class SimulatorRoutes
{
    public static void Map(WebApplication app, DocumentStore documents, RequestLog log, SimulatorBehaviours? behaviours = null)
    {
        app.Use(async (context, next) =>
        {
            log.Record(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null));
            await next(context).ConfigureAwait(false);
        });

        if (behaviours is not null)
        {
            FaultInjection.Use(app, behaviours, documents);
            RobotsRoute.Map(app, behaviours.Robots);
        }

        ApiRoutes.Map(app, documents.Catalog, documents.LastModified);
        PortalRoutes.Map(app, documents.Catalog, documents.LastModified);
        app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => ServeDocumentAsync(context, documents));
    }

    private static async Task ServeDocumentAsync(HttpContext context, DocumentStore documents)
    {
        var path = context.Request.Path.Value ?? "/";
        var document = documents.Find(path);
        var response = context.Response;
        if (document is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync($"404 Not Found: no sample document at {path}\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await ConditionalGet.ServeAsync(context, document).ConfigureAwait(false);
    }
}
