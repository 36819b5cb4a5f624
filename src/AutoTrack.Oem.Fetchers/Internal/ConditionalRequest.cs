using System.Net.Http.Headers;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// The conditional-request rules every document download shares: the stored ETag goes out as If-None-Match, or,
/// when there is none (or it does not parse), the stored Last-Modified as If-Modified-Since; a 304 answer is "not
/// modified" without a body, and a 200 whose bytes hash to the stored copy's SHA-256 is "not modified" without a parse.
/// </summary>
internal static class ConditionalRequest
{
    /// <summary>Adds If-None-Match or If-Modified-Since from the known validators (nothing when there are none).</summary>
    public static void Apply(HttpRequestMessage request, DocumentValidators? known)
    {
        if (known?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        else if (known?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }
    }

    /// <summary>True when the request carried validators (a 304 is then an answer, not a protocol error).</summary>
    public static bool IsConditional(DocumentValidators? known) =>
        known is not null && (known.ETag is { Length: > 0 } || known.LastModified is not null);

    /// <summary>"Not modified" for a 304 answer.</summary>
    public static FetchResult NotModified(Uri url) => FetchResult.NotModified($"{url} answered 304 Not Modified.");

    /// <summary>"Not modified" when the downloaded bytes are the stored copy's; null when they differ or nothing is stored.</summary>
    public static FetchResult? SameContent(Uri url, DocumentValidators? known, SourceDocument document) =>
        known?.ContentSha256 is { } sha && string.Equals(sha, document.Sha256, StringComparison.Ordinal)
            ? FetchResult.NotModified($"{url} sent the same bytes as the stored copy.")
            : null;

    /// <summary>A document record with the response's validators (ETag, Last-Modified).</summary>
    public static SourceDocument Document(HttpResponseMessage response, Uri url, string? mediaType, byte[] bytes, DateTimeOffset retrievedAt) =>
        new(url, mediaType, bytes, retrievedAt)
        {
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
}
