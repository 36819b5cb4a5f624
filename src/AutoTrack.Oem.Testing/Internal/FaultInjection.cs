using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Middleware (after the request log, before the routes): counts traffic and applies the
/// <see cref="FaultPlan"/>'s fault for the request, if any.</summary>
internal static class FaultInjection
{
    public static void Use(WebApplication app, SimulatorBehaviours behaviours, DocumentStore documents) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            behaviours.Traffic.Started();
            try
            {
                if (behaviours.Faults.Take(path) is { } fault && await ApplyAsync(context, fault, path, documents).ConfigureAwait(false))
                {
                    return;
                }

                await next(context).ConfigureAwait(false);
            }
            finally
            {
                behaviours.Traffic.Finished(path, context.Response.StatusCode);
            }
        });

    /// <summary>Applies the fault; false when the request should then be served normally.</summary>
    private static async Task<bool> ApplyAsync(HttpContext context, Fault fault, string path, DocumentStore documents)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        switch (fault.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(fault.Delay, aborted).ConfigureAwait(false);
                return false;
            case FaultKind.Status:
                response.StatusCode = fault.Status;
                if (fault.RetryAfter is { } retryAfter)
                {
                    response.Headers[HeaderNames.RetryAfter] = retryAfter;
                }

                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{fault.Status} injected by the simulator\n"), aborted).ConfigureAwait(false);
                return true;
            case FaultKind.ConnectionReset:
                context.Abort();
                return true;
            case FaultKind.Timeout:
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, aborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up.
                }

                return true;
            case FaultKind.TruncatedBody:
                var document = documents.Find(path);
                if (document is null)
                {
                    // Portal pages and API responses: their route serves the body, cut short (ConditionalGet.ServeAsync).
                    context.Items[ConditionalGet.TruncateBody] = true;
                    return false;
                }

                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = document.ContentType;
                response.ContentLength = document.Body.Length;
                await response.Body.WriteAsync(document.Body.AsMemory(0, document.Body.Length / 2), aborted).ConfigureAwait(false);
                await response.Body.FlushAsync(aborted).ConfigureAwait(false);

                // Give the client time to read what was sent; an immediate abort would reset the connection first.
                await Task.Delay(TimeSpan.FromMilliseconds(200), aborted).ConfigureAwait(false);
                context.Abort();
                return true;
            case FaultKind.WrongContentType:
                var page = documents.Find(path);
                await WriteAsync(response, page?.Body ?? "<html><body>Not here</body></html>"u8.ToArray(), "text/html; charset=utf-8", aborted).ConfigureAwait(false);
                return true;
            case FaultKind.CorruptPdf:
                await WriteAsync(response, documents.Find(BrokenDocumentPaths.Corrupt)!.Body, SimulatedDocument.PdfMediaType, aborted).ConfigureAwait(false);
                return true;
            case FaultKind.ImageOnlyPdf:
                await WriteAsync(response, documents.Find(BrokenDocumentPaths.ImageOnly)!.Body, SimulatedDocument.PdfMediaType, aborted).ConfigureAwait(false);
                return true;
            case FaultKind.LayoutDrift:
                await WriteAsync(response, FaultDocuments.LayoutDrift, SimulatedDocument.PdfMediaType, aborted).ConfigureAwait(false);
                return true;
            case FaultKind.EmptyTable:
                await WriteAsync(response, FaultDocuments.EmptyTable, SimulatedDocument.PdfMediaType, aborted).ConfigureAwait(false);
                return true;
            case FaultKind.Redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers[HeaderNames.Location] = fault.Location!.AbsoluteUri;
                return true;
            case FaultKind.RobotsDisallow:
                await WriteAsync(response, System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nDisallow: {fault.Path}\n"), "text/plain; charset=utf-8", aborted).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private static async Task WriteAsync(HttpResponse response, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
