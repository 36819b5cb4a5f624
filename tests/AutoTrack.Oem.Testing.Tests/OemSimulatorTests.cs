using System.Net;
using System.Security.Cryptography;
using UglyToad.PdfPig;

namespace AutoTrack.Oem.Testing.Tests;

public sealed class OemSimulatorTests : IAsyncLifetime, IDisposable
{
    private OemSimulator? _simulator;
    private readonly HttpClient _http = new();

    private OemSimulator Simulator => _simulator!;

    public async Task InitializeAsync() => _simulator = await OemSimulator.StartAsync();

    public async Task DisposeAsync() => await _simulator!.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public void It_listens_on_loopback_only()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(Simulator.BaseAddress.Host)));
        Assert.EndsWith("/", Simulator.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_catalog_document_is_a_labelled_sample_PDF_with_validators()
    {
        foreach (var path in Simulator.Catalog.DocumentPaths)
        {
            using var response = await _http.GetAsync(new Uri(Simulator.BaseAddress, path.TrimStart('/')));
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", response.Headers.ETag!.Tag);
            Assert.NotNull(response.Content.Headers.LastModified);
            using var pdf = PdfDocument.Open(bytes);
            Assert.All(pdf.GetPages(), page => Assert.Contains("SAMPLE", page.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_same_document_is_byte_identical_on_every_request_and_requests_are_counted()
    {
        var path = Simulator.Catalog.DocumentPaths[0];
        var uri = new Uri(Simulator.BaseAddress, path.TrimStart('/'));
        var before = Simulator.RequestCount(path);

        var first = await _http.GetByteArrayAsync(uri);
        var second = await _http.GetByteArrayAsync(uri);

        Assert.Equal(first, second);
        Assert.Equal(before + 2, Simulator.RequestCount(path));
    }

    [Fact]
    public async Task Another_simulator_serves_byte_identical_documents_so_ETags_survive_restarts()
    {
        await using var other = await OemSimulator.StartAsync();
        var path = Simulator.Catalog.DocumentPaths[^1].TrimStart('/');

        var here = await _http.GetByteArrayAsync(new Uri(Simulator.BaseAddress, path));
        var there = await _http.GetByteArrayAsync(new Uri(other.BaseAddress, path));

        Assert.Equal(here, there);
    }

    [Fact]
    public async Task Unknown_documents_are_404_with_a_short_text_body()
    {
        using var response = await _http.GetAsync(new Uri(Simulator.BaseAddress, "toyota/wmg/1999/nothing.pdf"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Broken_documents_are_served_as_described()
    {
        using var html = await _http.GetAsync(new Uri(Simulator.BaseAddress, BrokenDocumentPaths.NotAPdf.TrimStart('/')));
        var corrupt = await _http.GetByteArrayAsync(new Uri(Simulator.BaseAddress, BrokenDocumentPaths.Corrupt.TrimStart('/')));
        var imageOnly = await _http.GetByteArrayAsync(new Uri(Simulator.BaseAddress, BrokenDocumentPaths.ImageOnly.TrimStart('/')));

        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.ThrowsAny<Exception>(() => PdfDocument.Open(corrupt).GetPages().ToList());
        using var pdf = PdfDocument.Open(imageOnly);
        Assert.All(pdf.GetPages(), page => Assert.Empty(page.GetWords()));
    }

    [Fact]
    public void The_default_catalog_has_at_least_twenty_vehicles_in_two_styles_and_shares_a_document()
    {
        var catalog = SampleCatalog.Default;

        Assert.True(catalog.Vehicles.Count >= 20);
        Assert.True(catalog.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide).Count > 0);
        Assert.True(catalog.InStyle(SampleDocumentStyles.HyundaiMatrix).Count > 0);
        Assert.Contains(catalog.Vehicles.GroupBy(v => v.DocumentPath), g => g.Count() > 1);
    }

    [Fact]
    public async Task A_generated_catalog_of_100000_vehicles_is_served_lazily()
    {
        var catalog = SampleCatalog.Generate(100_000, seed: 7);
        await using var large = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = catalog });

        Assert.Equal(100_000, catalog.Vehicles.Count);
        Assert.Equal(100_000, catalog.Vehicles.Select(v => v.Vehicle.Key).Distinct().Count());
        Assert.Equal(20_000, catalog.DocumentPaths.Count);
        Assert.Equal(2, catalog.Vehicles.Select(v => v.Style).Distinct().Count());
        var last = catalog.Vehicles[^1];
        using var response = await _http.GetAsync(new Uri(large.BaseAddress, last.DocumentPath.TrimStart('/')));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SampleCatalog.Generate(1_000, seed: 7).Vehicles.Select(v => v.Vehicle.Key), catalog.Vehicles.Take(1_000).Select(v => v.Vehicle.Key));
    }

    [Fact]
    public void A_catalog_that_a_document_could_not_print_unambiguously_is_rejected()
    {
        var camry = SampleCatalog.Default.Vehicles[0];
        var broken = camry with { Schedule = camry.Schedule with { Services = [.. camry.Schedule.Services.Select(s => s with { Every = new ServiceInterval(7_777, null) })] } };

        Assert.Throws<ArgumentException>(() => new SampleCatalog([broken]));
    }
}
