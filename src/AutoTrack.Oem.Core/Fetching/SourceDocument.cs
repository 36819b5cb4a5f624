using System.Security.Cryptography;

namespace AutoTrack.Oem;

/// <summary>
/// A document as a source served it: address, validators for conditional requests and the raw bytes, so a
/// later normalizer can re-parse it without fetching it again. Stored content-addressed by <see cref="Sha256"/>.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Creates a document record; the content hash is computed from the bytes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public SourceDocument(Uri url, string? mediaType, ReadOnlyMemory<byte> content, DateTimeOffset retrievedAt)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
        MediaType = mediaType;
        Content = content;
        RetrievedAt = retrievedAt;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
    }

    /// <summary>The address the document was read from (after redirects).</summary>
    public Uri Url { get; }

    /// <summary>The media type the server declared ("application/pdf").</summary>
    public string? MediaType { get; }

    /// <summary>The raw bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>When it was retrieved.</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Content"/>: the document's storage address.</summary>
    public string Sha256 { get; }

    /// <summary>The server's ETag, for conditional requests.</summary>
    public string? ETag { get; init; }

    /// <summary>The server's Last-Modified, for conditional requests.</summary>
    public DateTimeOffset? LastModified { get; init; }
}
