namespace AutoTrack.Oem;

/// <summary>Where a schedule came from. Ordered by how much we trust it as the manufacturer's word.</summary>
public enum SourceKind
{
    /// <summary>A manufacturer's API (documented, usually authenticated).</summary>
    OemApi,

    /// <summary>A manufacturer's owner portal page (static or JavaScript-rendered).</summary>
    OemPortal,

    /// <summary>A manufacturer's PDF (warranty &amp; maintenance guide, owner's manual chapter).</summary>
    OemPdf,

    /// <summary>An aggregator (NHTSA vPIC, commercial maintenance APIs): reference only, never a silent substitute for OEM data.</summary>
    Aggregator,
}
