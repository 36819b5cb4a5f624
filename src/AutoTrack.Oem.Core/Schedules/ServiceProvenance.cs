namespace AutoTrack.Oem;

/// <summary>Where a normalized service came from: the original wording and its place in the document.
/// Provenance never takes part in hashes or diffs.</summary>
/// <param name="OriginalText">The item's wording, as printed.</param>
/// <param name="Section">The heading it sat under.</param>
/// <param name="Milestone">The milestone heading, for milestone lists.</param>
/// <param name="Location">Page, row and column headers.</param>
public sealed record ServiceProvenance(string OriginalText, string? Section, string? Milestone, SourceLocation Location);
