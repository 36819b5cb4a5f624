using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Conditional GET: If-None-Match (the quoted SHA-256 ETag, or "*") wins over If-Modified-Since.</summary>
internal static class ConditionalGet
{
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
}
