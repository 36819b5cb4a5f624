using AutoTrack.Oem.Fetchers.Internal;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// What our PDF fetchers share: the document index (<see cref="OemPdfSourceOptions.Documents"/>) maps a vehicle to
/// its document under <see cref="OemPdfSourceOptions.BaseAddress"/>; a document is downloaded through the polite HTTP
/// layer (conditionally when validators are known), its text layout is rebuilt from word coordinates with PdfPig and
/// read by the fetcher's layout reader. Expected failures are results, never exceptions.
/// </summary>
public abstract class OemPdfFetcher : DocumentFetcher
{
    private readonly OemPdfSourceOptions _options;
    private readonly Uri _baseAddress;
    private readonly DocumentIndex _index;
    private readonly PdfDownloader _downloader;
    private readonly Func<PdfLayout, LayoutReading> _read;

    private protected OemPdfFetcher(HttpClient httpClient, OemPdfSourceOptions options, TimeProvider timeProvider, Func<PdfLayout, LayoutReading> read)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _baseAddress = options.BaseAddress ?? throw new ArgumentException($"{options.GetType().Name}.BaseAddress is required.", nameof(options));
        _index = DocumentIndex.From(options.Documents);
        _downloader = new PdfDownloader(httpClient, timeProvider);
        _read = read;
    }

    /// <summary>True when the vehicle's manufacturer is one this fetcher reads and the index lists a document for it.</summary>
    public override bool Supports(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return ReadsManufacturer(vehicle.ManufacturerKey) && _index.PathFor(vehicle) is not null;
    }

    /// <summary>The document that covers the vehicle (one usually covers several vehicles), or null when none is indexed.</summary>
    public override DocumentReference? ResolveDocument(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return Supports(vehicle) && _index.PathFor(vehicle) is { } path ? new DocumentReference(DocumentIndex.Resolve(_baseAddress, path)) : null;
    }

    /// <summary>Downloads and reads one document; conditional (If-None-Match / If-Modified-Since) when validators are known.</summary>
    /// <returns><see cref="FetchResult.Success"/> with the items and the <see cref="SourceDocument"/> (ETag and
    /// Last-Modified included); <see cref="FetchOutcome.NotModified"/> when the known validators still match; otherwise
    /// <see cref="FetchOutcome.HttpError"/> (404 included), <see cref="FetchOutcome.Timeout"/>,
    /// <see cref="FetchOutcome.NetworkError"/>, <see cref="FetchOutcome.InvalidResponse"/> (not a PDF, too large),
    /// <see cref="FetchOutcome.ParseError"/> (corrupt PDF), <see cref="FetchOutcome.NoTextLayer"/> (image-only PDF) or
    /// <see cref="FetchOutcome.LayoutDrift"/> (not the layout the reader expects), each with a reason; refusals of the
    /// HTTP layer keep their outcome.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PdfScheduleFetch.RunAsync(_downloader, document.Url, _options, _read, known, cancellationToken);
    }

    /// <summary>True for the manufacturer keys ("toyota") whose documents this fetcher reads.</summary>
    private protected abstract bool ReadsManufacturer(string manufacturerKey);
}
