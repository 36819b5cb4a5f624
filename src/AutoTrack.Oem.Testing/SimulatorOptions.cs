namespace AutoTrack.Oem.Testing;

/// <summary>How an <see cref="OemSimulator"/> behaves.</summary>
public sealed record SimulatorOptions
{
    /// <summary>The vehicles and documents served; <see cref="SampleCatalog.Default"/> unless set.</summary>
    public SampleCatalog Catalog { get; init; } = SampleCatalog.Default;

    /// <summary>The loopback port to listen on; 0 (the default) picks a free one. A fixed port keeps document URLs
    /// stable across processes, so conditional requests of a later run match what an earlier run stored.</summary>
    public int Port { get; init; }

    /// <summary>Where and how big documents are printed.</summary>
    public SampleLayout Layout { get; init; } = SampleLayout.Default;

    /// <summary>What prints the PDFs: PdfPig (the default) or LibreOffice, whose layouts differ.</summary>
    public SamplePdfProducer PdfProducer { get; init; } = SamplePdfProducer.PdfPig;

    /// <summary>The Last-Modified date served with every document (fixed, so runs are reproducible).</summary>
    public DateTimeOffset DocumentsLastModified { get; init; } = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
}
