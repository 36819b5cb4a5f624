namespace AutoTrack.Oem;

/// <summary>Where in a source document an item was read: provenance, never part of a schedule's meaning.</summary>
/// <param name="Page">1-based page number, for paged documents.</param>
/// <param name="Row">1-based row within its table or list, when the source is tabular.</param>
/// <param name="ColumnHeaders">Header text of the columns the item spans, outermost first.</param>
public sealed record SourceLocation(int? Page = null, int? Row = null, IReadOnlyList<string>? ColumnHeaders = null)
{
    /// <summary>No location known.</summary>
    public static SourceLocation None { get; } = new();
}
