namespace AutoTrack.Oem;

/// <summary>Counts of what the normalizer read, by shape.</summary>
/// <param name="ItemsRead">Raw items read.</param>
/// <param name="ItemsByShape">Raw items read, per shape.</param>
/// <param name="UnrecognizedByShape">Raw items not understood, per shape.</param>
public sealed record NormalizationReport(
    int ItemsRead,
    IReadOnlyDictionary<ScheduleShape, int> ItemsByShape,
    IReadOnlyDictionary<ScheduleShape, int> UnrecognizedByShape)
{
    /// <summary>Raw items not understood, all shapes.</summary>
    public int UnrecognizedCount => UnrecognizedByShape.Values.Sum();
}
