using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Simulators printing the default catalog in other layouts: two-column milestone guides, matrices whose
/// table continues over several pages with and without repeated header rows, and the latter two printed by
/// LibreOffice (one soffice run each, matrices only).</summary>
public sealed class PrintVariantsFixture : IAsyncLifetime
{
    /// <summary>Matrix item rows per page in the paged variants: small enough that every matrix spans three pages.</summary>
    public const int RowsPerPage = 6;

    /// <summary>Two columns at the default font size: long items, the special-conditions sub-heading and long condition
    /// lines wrap.</summary>
    public static SampleLayout TwoColumns { get; } = SampleLayout.Default with { Columns = 2, LeftMargin = 36 };

    public static SampleLayout Paged { get; } = SampleLayout.Default with { MatrixRowsPerPage = RowsPerPage };

    public static SampleLayout PagedWithoutHeader { get; } = Paged with { RepeatMatrixHeader = false };

    private readonly List<OemSimulator> _started = [];

    public OemSimulator TwoColumnGuides { get; private set; } = null!;

    public OemSimulator PagedMatrices { get; private set; } = null!;

    public OemSimulator PagedMatricesWithoutHeader { get; private set; } = null!;

    public OemSimulator LibreOfficePagedMatrices { get; private set; } = null!;

    public OemSimulator LibreOfficePagedMatricesWithoutHeader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var matrices = new SampleCatalog(SampleCatalog.Default.InStyle(SampleDocumentStyles.HyundaiMatrix));
        var starts = new[]
        {
            OemSimulator.StartAsync(new SimulatorOptions { Layout = TwoColumns }),
            OemSimulator.StartAsync(new SimulatorOptions { Layout = Paged }),
            OemSimulator.StartAsync(new SimulatorOptions { Layout = PagedWithoutHeader }),
            OemSimulator.StartAsync(new SimulatorOptions { Layout = Paged, Catalog = matrices, PdfProducer = SamplePdfProducer.LibreOffice }),
            OemSimulator.StartAsync(new SimulatorOptions { Layout = PagedWithoutHeader, Catalog = matrices, PdfProducer = SamplePdfProducer.LibreOffice }),
        };
        try
        {
            await Task.WhenAll(starts);
        }
        finally
        {
            _started.AddRange(starts.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result));
        }

        (TwoColumnGuides, PagedMatrices, PagedMatricesWithoutHeader) = (starts[0].Result, starts[1].Result, starts[2].Result);
        (LibreOfficePagedMatrices, LibreOfficePagedMatricesWithoutHeader) = (starts[3].Result, starts[4].Result);
    }

    public async Task DisposeAsync()
    {
        foreach (var simulator in _started)
        {
            await simulator.DisposeAsync();
        }
    }
}
