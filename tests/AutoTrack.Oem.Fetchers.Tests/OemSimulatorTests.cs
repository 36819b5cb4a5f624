using System.Net;
using System.Security.Cryptography;
using AutoTrack.Oem.Testing;
using UglyToad.PdfPig;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The simulator itself: catalog, documents, validators, 404s and counters.</summary>
public sealed class OemSimulatorTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private static readonly HttpClient Http = new();

    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public void The_default_catalog_covers_both_styles_makes_and_years()
    {
        var catalog = SampleCatalog.Default;

        Assert.True(catalog.Vehicles.Count >= 24, $"{catalog.Vehicles.Count} vehicles");
        Assert.Equal(["Lexus", "Toyota"], catalog.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide).Select(v => v.Vehicle.Make).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Hyundai", "Kia"], catalog.InStyle(SampleDocumentStyles.HyundaiMatrix).Select(v => v.Vehicle.Make).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([2020, 2021, 2022, 2023], catalog.Vehicles.Select(v => v.Vehicle.Year).Distinct().Order());
        Assert.All(catalog.Vehicles, v => Assert.True(v.Vehicle.Trim.IsAll));
        Assert.Contains(catalog.Vehicles.GroupBy(v => v.DocumentPath), g => g.Count() == 2 && g.First().Style == SampleDocumentStyles.ToyotaWarrantyGuide);
        Assert.Contains(catalog.Vehicles.GroupBy(v => v.DocumentPath), g => g.Count() == 2 && g.First().Style == SampleDocumentStyles.HyundaiMatrix);
    }

    [Fact]
    public void The_content_varies_across_vehicles()
    {
        var services = SampleCatalog.Default.Vehicles.SelectMany(v => v.Schedule.Services).ToList();

        Assert.Contains(services, s => s.Codes.Contains(ServiceCodes.OilChange) && !s.IsSevere && s.Every?.Miles == 10_000);
        Assert.Contains(services, s => s.Codes.Contains(ServiceCodes.OilChange) && !s.IsSevere && s.Every?.Miles == 5_000);
        Assert.Contains(services, s => s.Applicability.Drivetrain == Drivetrain.AWD);
        Assert.Contains(services, s => s.Applicability.Drivetrain == Drivetrain.FourWD);
        Assert.Contains(services, s => s.IsSevere);
        Assert.Contains(services, s => s.Codes.Contains(ServiceCodes.EngineCoolant) && s.FirstAt?.Miles == 100_000 && s.Every?.Miles == 50_000);
        Assert.Contains(services, s => s.Every is null && s.FirstAt is not null);
        Assert.True(SampleCatalog.Default.Vehicles.Select(v => v.Schedule).Distinct().Count() >= 20, "schedules differ between vehicles");
    }

    [Fact]
    public async Task Every_document_is_a_pdf_labelled_as_sample_on_every_page_with_page_numbers()
    {
        foreach (var path in _oem.Catalog.DocumentPaths)
        {
            using var response = await Get(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            foreach (var page in pdf.GetPages())
            {
                var text = string.Join(' ', page.GetWords().Select(w => w.Text));
                Assert.Contains(SampleSchedule.SampleLabel, text, StringComparison.Ordinal);
                Assert.Contains($"Page {page.Number}", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Documents_carry_the_sha256_etag_and_last_modified_and_are_cached()
    {
        const string path = "/kia/maintenance/2022/sorento.pdf";

        using var first = await Get(path);
        using var second = await Get(path);
        var body = await first.Content.ReadAsByteArrayAsync();

        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"", first.Headers.ETag?.ToString());
        Assert.Equal(new SimulatorOptions().DocumentsLastModified, first.Content.Headers.LastModified);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(body, await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_with_a_short_text_body()
    {
        using var response = await Get("/toyota/wmg/1999/camry.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("/toyota/wmg/1999/camry.pdf", body, StringComparison.Ordinal);
        Assert.True(body.Length < 200);
    }

    [Theory]
    [InlineData(BrokenDocumentPaths.NotAPdf, "text/html")]
    [InlineData(BrokenDocumentPaths.Corrupt, "application/pdf")]
    [InlineData(BrokenDocumentPaths.ImageOnly, "application/pdf")]
    public async Task Broken_documents_are_served_with_their_content_type(string path, string mediaType)
    {
        using var response = await Get(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Request_counts_are_exact_under_concurrency()
    {
        const string path = "/counter/probe.pdf";

        await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ => (await Get(path)).Dispose()));

        Assert.Equal(24, _oem.RequestCount(path));
        Assert.Equal(0, _oem.RequestCount("/never/requested.pdf"));
    }

    [Fact]
    public void The_base_address_is_loopback_with_a_dynamic_port()
    {
        Assert.Equal("127.0.0.1", _oem.BaseAddress.Host);
        Assert.NotEqual(0, _oem.BaseAddress.Port);
        Assert.EndsWith("/", _oem.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_whose_milestones_cannot_show_an_item_is_rejected()
    {
        var camry = TestFetchers.Sample(2022, "Toyota", "Camry");
        var offGrid = camry.Schedule with { Services = [new SampleService("Rotate tires", [ServiceCodes.TireRotation], ServiceAction.Rotate, new ServiceInterval(7_500, 6))] };
        var different = camry.Schedule with { Title = "Another guide" };

        Assert.Throws<ArgumentException>(() => new SampleCatalog([camry with { Schedule = offGrid }]));
        Assert.Throws<ArgumentException>(() => new SampleCatalog([camry, camry]));
        Assert.Throws<ArgumentException>(() => new SampleCatalog([camry, TestFetchers.Sample(2023, "Toyota", "Camry") with { DocumentPath = camry.DocumentPath, Schedule = different }]));
        Assert.Throws<ArgumentException>(() => new SampleCatalog([camry with { DocumentPath = BrokenDocumentPaths.Corrupt }]));
    }

    private Task<HttpResponseMessage> Get(string path) => Http.GetAsync(new Uri(_oem.BaseAddress, path.TrimStart('/')));
}
