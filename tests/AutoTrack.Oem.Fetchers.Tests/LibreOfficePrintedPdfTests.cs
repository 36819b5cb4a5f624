using AutoTrack.Oem.Testing;
using UglyToad.PdfPig;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>
/// The same catalog printed by LibreOffice (real soffice, Calc) and by PdfPig, served over loopback HTTP and read by
/// both PDF fetchers, normalizes to the same schedules with the same hashes, and to what the catalog says was printed.
/// </summary>
public sealed class LibreOfficePrintedPdfTests(SimulatorFixture pdfPig, LibreOfficeSimulatorFixture libreOffice)
    : IClassFixture<SimulatorFixture>, IClassFixture<LibreOfficeSimulatorFixture>
{
    private static readonly HttpClient Http = new();

    public static TheoryData<int, string, string> Samples => PrintedTwice.AllSamples();

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_LibreOffice_printed_document_normalizes_like_the_PdfPig_printed_one(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var reference = await PrintedTwice.NormalizedAsync(pdfPig.Simulator, sample);
        var printedByLibreOffice = await PrintedTwice.NormalizedAsync(libreOffice.Simulator, sample);

        PrintedTwice.AssertSameMeaning(sample, reference, printedByLibreOffice);
    }

    [Fact]
    public async Task Every_document_really_was_printed_by_LibreOffice_and_laid_out_differently()
    {
        foreach (var path in SampleCatalog.Default.DocumentPaths)
        {
            var fromLibreOffice = await Http.GetByteArrayAsync(new Uri(libreOffice.Simulator.BaseAddress, path.TrimStart('/')));
            var fromPdfPig = await Http.GetByteArrayAsync(new Uri(pdfPig.Simulator.BaseAddress, path.TrimStart('/')));

            using var printed = PdfDocument.Open(fromLibreOffice);
            using var built = PdfDocument.Open(fromPdfPig);
            Assert.Contains("LibreOffice", printed.Information.Producer ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("LibreOffice", built.Information.Producer ?? string.Empty, StringComparison.Ordinal);
            var firstPrinted = printed.GetPage(1).GetWords().First(w => w.Text.Length > 1);
            var firstBuilt = built.GetPage(1).GetWords().First(w => w.Text.Length > 1);
            Assert.Equal(firstBuilt.Text, firstPrinted.Text);
            Assert.NotEqual(firstBuilt.BoundingBox.Left, firstPrinted.BoundingBox.Left, 0.5);
            Assert.Contains(printed.GetPages().SelectMany(p => p.GetWords()), w => w.Text == "SAMPLE");
        }
    }

    [Fact]
    public async Task LibreOffice_matrices_are_landscape_pages_with_the_severe_table_on_the_next_page()
    {
        var sample = TestFetchers.Sample(2022, "Hyundai", "Tucson");

        var result = await PrintedTwice.FetchAsync(libreOffice.Simulator, sample);

        using var pdf = PdfDocument.Open(result.Document!.Content.ToArray());
        Assert.True(pdf.GetPage(1).Width > pdf.GetPage(1).Height, "the matrix page is landscape");
        var severe = result.Schedule!.Items.Where(i => i.Section == MatrixSevereCaption).ToList();
        Assert.Equal(sample.Schedule.Services.Count(s => s.IsSevere), severe.Count);
        Assert.All(severe, i => Assert.Equal(2, i.Location.Page));
        Assert.Equal(sample.Schedule.Title, result.Schedule.Title);
    }

    private const string MatrixSevereCaption = "Maintenance under severe usage conditions";
}
