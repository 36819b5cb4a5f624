namespace AutoTrack.Oem;

/// <summary>One reason to quarantine a schedule.</summary>
/// <param name="Kind">What kind of anomaly.</param>
/// <param name="Message">A readable explanation for the reviewer.</param>
/// <param name="ServiceCode">The service concerned, when there is one.</param>
public sealed record Anomaly(AnomalyKind Kind, string Message, string? ServiceCode = null);
