namespace AutoTrack.Oem;

/// <summary>
/// What one source document yielded for a vehicle (or for every vehicle the document covers), before
/// interpretation: the items with their original text, table cells and provenance.
/// </summary>
public sealed record RawSchedule
{
    /// <summary>Creates a raw schedule.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RawSchedule(Uri sourceUrl, SourceKind sourceKind, DateTimeOffset retrievedAt, IReadOnlyList<RawScheduleItem> items)
    {
        ArgumentNullException.ThrowIfNull(sourceUrl);
        ArgumentNullException.ThrowIfNull(items);
        SourceUrl = sourceUrl;
        SourceKind = sourceKind;
        RetrievedAt = retrievedAt;
        Items = items;
    }

    /// <summary>The document's address.</summary>
    public Uri SourceUrl { get; }

    /// <summary>What kind of source the document is.</summary>
    public SourceKind SourceKind { get; }

    /// <summary>When the document was retrieved (from the fetcher's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <summary>The items, in document order.</summary>
    public IReadOnlyList<RawScheduleItem> Items { get; }

    /// <summary>The document's own revision label or date ("2021 Warranty &amp; Maintenance Guide, rev. 03/2020"), when printed.</summary>
    public string? DocumentRevision { get; init; }

    /// <summary>The document's title, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Symbols the document defines: action letters ("R" = "Replace"), condition letters
    /// ("A" = "Towing a trailer") and footnote marks ("*1" = "AWD models only"). Keys are case-sensitive.</summary>
    public IReadOnlyDictionary<string, string> Legend { get; init; } = new Dictionary<string, string>();
}
