namespace AutoTrack.Oem;

/// <summary>What is known of a document from its last fetch, for a conditional request: a 304 answer costs no
/// download, no parsing and no write.</summary>
/// <param name="ETag">The entity tag the server sent (for If-None-Match).</param>
/// <param name="LastModified">The Last-Modified the server sent (for If-Modified-Since).</param>
/// <param name="ContentSha256">The stored body's hash: a 200 with the same bytes is also "not modified".</param>
public sealed record DocumentValidators(string? ETag, DateTimeOffset? LastModified, string? ContentSha256);
