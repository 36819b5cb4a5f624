using System.Security.Cryptography;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>A response body the simulator serves, with its validators.</summary>
/// <param name="Body">The bytes.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="ETag">The quoted lower-case hex SHA-256 of the body.</param>
/// <param name="LastModified">The Last-Modified date.</param>
internal sealed record SimulatedDocument(byte[] Body, string ContentType, string ETag, DateTimeOffset LastModified)
{
    public const string PdfMediaType = "application/pdf";

    public static SimulatedDocument Create(byte[] body, string contentType, DateTimeOffset lastModified) =>
        new(body, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"", lastModified);
}
