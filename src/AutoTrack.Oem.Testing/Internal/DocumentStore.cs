using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The documents the simulator serves by path: the catalog's samples (printed by PdfPig on first request,
/// or by LibreOffice beforehand, then cached) and the <see cref="BrokenDocumentPaths"/>. Thread-safe.</summary>
internal sealed class DocumentStore
{
    private readonly FrozenDictionary<string, SampleVehicle> _samples;
    private readonly SampleLayout _layout;
    private readonly DateTimeOffset _lastModified;
    private readonly IReadOnlyDictionary<string, byte[]>? _printed;
    private readonly ConcurrentDictionary<string, Lazy<SimulatedDocument?>> _cache = new(StringComparer.Ordinal);

    /// <param name="catalog">The samples.</param>
    /// <param name="layout">How PdfPig prints them.</param>
    /// <param name="lastModified">The Last-Modified date of every document.</param>
    /// <param name="printed">The PDFs of every catalog document when they were printed beforehand (LibreOffice);
    /// null prints each with PdfPig on first request.</param>
    public DocumentStore(SampleCatalog catalog, SampleLayout layout, DateTimeOffset lastModified, IReadOnlyDictionary<string, byte[]>? printed = null)
    {
        _printed = printed;
        _samples = catalog.Vehicles.DistinctBy(v => v.DocumentPath, StringComparer.Ordinal)
            .ToFrozenDictionary(v => v.DocumentPath, StringComparer.Ordinal);
        _layout = layout;
        _lastModified = lastModified;
        Catalog = catalog;
    }

    /// <summary>The Last-Modified date of everything served (documents, portal pages, API responses).</summary>
    public DateTimeOffset LastModified => _lastModified;

    /// <summary>The catalog the documents are printed from.</summary>
    public SampleCatalog Catalog { get; }

    /// <summary>The document at a path, or null when there is none.</summary>
    public SimulatedDocument? Find(string path)
    {
        if (!_samples.ContainsKey(path) && !BrokenDocumentPaths.All.Contains(path, StringComparer.Ordinal))
        {
            return null;
        }

        return _cache.GetOrAdd(path, p => new Lazy<SimulatedDocument?>(() => Create(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private SimulatedDocument? Create(string path)
    {
        if (!_samples.TryGetValue(path, out var sample))
        {
            return BrokenDocuments.Create(path, _lastModified);
        }

        var bytes = _printed is not null ? _printed[path] : sample.Style switch
        {
            SampleDocumentStyles.ToyotaWarrantyGuide => GuideRenderer.Render(sample.Schedule, _layout),
            SampleDocumentStyles.HyundaiMatrix => MatrixRenderer.Render(sample.Schedule, _layout),
            _ => throw new InvalidOperationException($"Unknown style '{sample.Style}'."),
        };
        return SimulatedDocument.Create(bytes, SimulatedDocument.PdfMediaType, _lastModified);
    }
}
