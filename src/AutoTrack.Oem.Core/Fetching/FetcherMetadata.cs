namespace AutoTrack.Oem;

/// <summary>What a fetcher declares about itself: used for routing, logs and the admin page.</summary>
/// <param name="Name">A stable, unique name ("toyota-wmg-pdf").</param>
/// <param name="Manufacturer">The manufacturer (OEM group) it serves ("Toyota").</param>
/// <param name="SourceKind">The kind of source it reads.</param>
/// <param name="Priority">Lower runs first among the fetchers that support a vehicle; by convention OEM APIs
/// use 100, portals and PDFs 200, aggregators 900.</param>
public sealed record FetcherMetadata(string Name, string Manufacturer, SourceKind SourceKind, int Priority)
{
    /// <summary>The adapter's position on the source's terms of use (see <see cref="EnabledByDefault"/>).</summary>
    public TermsOfUse TermsOfUse { get; init; } = TermsOfUse.Unclear;

    /// <summary>The hosts the adapter may contact; redirects and links elsewhere are refused. Empty: only the
    /// host of each document's own URL.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>True when the adapter runs without an operator enabling it: a documented API, a public document, or
    /// portal reading the terms permit.</summary>
    public bool EnabledByDefault => TermsOfUse is TermsOfUse.DocumentedApi or TermsOfUse.PublicDocument or TermsOfUse.ScrapingPermitted;

    /// <summary>True for reference sources (aggregators): used to validate and fill gaps, labelled as such, never a
    /// silent substitute for OEM data.</summary>
    public bool IsReference => SourceKind == SourceKind.Aggregator;

    /// <summary>The default priority for a source kind (API before portal/PDF before aggregator).</summary>
    public static int DefaultPriority(SourceKind kind) => kind switch
    {
        SourceKind.OemApi => 100,
        SourceKind.OemPortal or SourceKind.OemPdf => 200,
        _ => 900,
    };
}
