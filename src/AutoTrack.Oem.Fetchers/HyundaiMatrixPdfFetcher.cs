using AutoTrack.Oem.Fetchers.Internal;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Reads Hyundai, Genesis and Kia maintenance schedule PDFs laid out as a matrix: item rows against milestone
/// columns headed "Miles x 1,000" over "Months", cells holding I/R letters with footnote marks, the legend under
/// the table, and the "Maintenance under severe usage conditions" table. Matrix rows become
/// <see cref="RawScheduleItem"/>s whose <see cref="RawScheduleItem.Cells"/> are headed
/// "Miles x 1,000 / 7.5 / Months / 6"; severe rows carry "Maintenance operation", "Maintenance interval" and
/// "Driving condition" cells; legend lines fill <see cref="RawSchedule.Legend"/>.
/// </summary>
/// <remarks>
/// Supports makes whose manufacturer key is "hyundai" (Hyundai, Genesis) or "kia" for the vehicles listed in
/// <see cref="OemPdfSourceOptions.Documents"/>. Expected failures are results, never exceptions: a vehicle not in
/// the index is <see cref="FetchOutcome.Unsupported"/> (no request is made); an HTTP error status, 404 included, is
/// <see cref="FetchOutcome.HttpError"/>; see <see cref="FetchDocumentAsync"/> for the rest.
/// </remarks>
public sealed class HyundaiMatrixPdfFetcher : DocumentFetcher
{
    internal static readonly FetcherMetadata Info = new("hyundai-matrix-pdf", "Hyundai", SourceKind.OemPdf, 200)
    {
        TermsOfUse = TermsOfUse.PublicDocument,
    };

    private readonly HyundaiMatrixPdfOptions _options;
    private readonly Uri _baseAddress;
    private readonly DocumentIndex _index;
    private readonly PdfDownloader _downloader;

    /// <summary>Creates the fetcher.</summary>
    /// <exception cref="ArgumentException">The options have no <see cref="OemPdfSourceOptions.BaseAddress"/>.</exception>
    public HyundaiMatrixPdfFetcher(HttpClient httpClient, IOptions<HyundaiMatrixPdfOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _baseAddress = _options.BaseAddress ?? throw new ArgumentException("HyundaiMatrixPdfOptions.BaseAddress is required.", nameof(options));
        _index = DocumentIndex.From(_options.Documents);
        _downloader = new PdfDownloader(httpClient, timeProvider);
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    /// <inheritdoc />
    public override bool Supports(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return vehicle.ManufacturerKey is "hyundai" or "kia" && _index.PathFor(vehicle) is not null;
    }

    /// <summary>The guide that covers the vehicle (one guide usually covers several vehicles), or null when none is indexed.</summary>
    public override DocumentReference? ResolveDocument(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return Supports(vehicle) && _index.PathFor(vehicle) is { } path ? new DocumentReference(DocumentIndex.Resolve(_baseAddress, path)) : null;
    }

    /// <summary>Downloads and reads one schedule; conditional (If-None-Match / If-Modified-Since) when validators are known.</summary>
    /// <returns><see cref="FetchResult.Success"/> with the items and the <see cref="SourceDocument"/> (ETag and
    /// Last-Modified included); <see cref="FetchOutcome.NotModified"/> when the known validators still match; otherwise
    /// <see cref="FetchOutcome.HttpError"/>, <see cref="FetchOutcome.Timeout"/>, <see cref="FetchOutcome.NetworkError"/>,
    /// <see cref="FetchOutcome.InvalidResponse"/> (not a PDF, too large), <see cref="FetchOutcome.ParseError"/>
    /// (corrupt PDF), <see cref="FetchOutcome.NoTextLayer"/> (image-only PDF) or <see cref="FetchOutcome.LayoutDrift"/>
    /// (no header row or items), each with a reason.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PdfScheduleFetch.RunAsync(_downloader, document.Url, _options, MatrixTableReader.Read, known, cancellationToken);
    }
}
