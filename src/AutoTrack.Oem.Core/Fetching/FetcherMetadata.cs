namespace AutoTrack.Oem;

/// <summary>What a fetcher declares about itself: used for routing, logs and the admin page.</summary>
/// <param name="Name">A stable, unique name ("toyota-wmg-pdf").</param>
/// <param name="Manufacturer">The manufacturer (OEM group) it serves ("Toyota").</param>
/// <param name="SourceKind">The kind of source it reads.</param>
/// <param name="Priority">Lower runs first among the fetchers that support a vehicle; by convention OEM APIs
/// use 100, portals and PDFs 200, aggregators 900.</param>
public sealed record FetcherMetadata(string Name, string Manufacturer, SourceKind SourceKind, int Priority)
{
    /// <summary>The default priority for a source kind (API before portal/PDF before aggregator).</summary>
    public static int DefaultPriority(SourceKind kind) => kind switch
    {
        SourceKind.OemApi => 100,
        SourceKind.OemPortal or SourceKind.OemPdf => 200,
        _ => 900,
    };
}
