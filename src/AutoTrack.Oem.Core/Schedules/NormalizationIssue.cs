namespace AutoTrack.Oem;

/// <summary>A problem the normalizer noticed.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">A readable description.</param>
/// <param name="Text">The wording concerned.</param>
public sealed record NormalizationIssue(NormalizationIssueKind Kind, string Message, string? Text);
