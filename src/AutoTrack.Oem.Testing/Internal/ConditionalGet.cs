using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Conditional GET: If-None-Match (the quoted SHA-256 ETag, or "*") wins over If-Modified-Since. Every
/// response the simulator serves with a body (documents, portal pages, API responses) goes through
/// <see cref="ServeAsync"/>, so each carries a strong ETag and Last-Modified and answers conditional requests with 304.</summary>
internal static class ConditionalGet
{
    /// <summary>The <see cref="HttpContext.Items"/> key that makes <see cref="ServeAsync"/> send half the body and
    /// drop the connection (the truncated-body fault on routes that are not documents).</summary>
    public static readonly object TruncateBody = new();

    public static bool IsNotModified(HttpRequest request, SimulatedDocument document)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || string.Equals(t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t, document.ETag, StringComparison.Ordinal));
        }

        var headers = request.GetTypedHeaders();
        return headers.IfModifiedSince is { } since && document.LastModified <= since.AddSeconds(1);
    }

    public static Task WriteNotModifiedAsync(HttpResponse response, SimulatedDocument document)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers[HeaderNames.ETag] = document.ETag;
        return Task.CompletedTask;
    }

    /// <summary>Answers 304 when the request's validators match, else 200 with the body (none for HEAD), the ETag and
    /// Last-Modified.</summary>
    public static async Task ServeAsync(HttpContext context, SimulatedDocument document)
    {
        var response = context.Response;
        if (IsNotModified(context.Request, document))
        {
            await WriteNotModifiedAsync(response, document).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = document.ContentType;
        response.ContentLength = document.Body.Length;
        response.Headers[HeaderNames.ETag] = document.ETag;
        response.Headers[HeaderNames.LastModified] = document.LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (context.Items.ContainsKey(TruncateBody))
        {
            await response.Body.WriteAsync(document.Body.AsMemory(0, document.Body.Length / 2), context.RequestAborted).ConfigureAwait(false);
            await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

            // Give the client time to read what was sent; an immediate abort would reset the connection first.
            await Task.Delay(TimeSpan.FromMilliseconds(200), context.RequestAborted).ConfigureAwait(false);
            context.Abort();
            return;
        }

        await response.Body.WriteAsync(document.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
