namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>What the job knows of a vehicle's published schedule when planning a run.</summary>
/// <param name="CheckedAt">When its source was last checked.</param>
/// <param name="DocumentSha256">The content hash of the document its current version was read from.</param>
internal sealed record PublishedState(DateTimeOffset CheckedAt, string? DocumentSha256);
