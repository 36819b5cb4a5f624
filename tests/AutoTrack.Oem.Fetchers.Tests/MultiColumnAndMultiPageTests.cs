using System.Globalization;
using AutoTrack.Oem.Testing;
using UglyToad.PdfPig;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>
/// Two-column milestone guides and matrices continuing over pages (header rows repeated or not, printed by PdfPig or
/// LibreOffice) normalize exactly like the one-column, one-page documents, and provenance keeps the page each item
/// was printed on.
/// </summary>
public sealed class MultiColumnAndMultiPageTests(SimulatorFixture reference, PrintVariantsFixture variants)
    : IClassFixture<SimulatorFixture>, IClassFixture<PrintVariantsFixture>
{
    private const string NormalCaption = "Normal maintenance schedule";

    public static TheoryData<int, string, string> Guides => TestFetchers.SamplesInStyle(SampleDocumentStyles.ToyotaWarrantyGuide);

    public static TheoryData<int, string, string> Matrices => TestFetchers.SamplesInStyle(SampleDocumentStyles.HyundaiMatrix);

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task A_two_column_guide_normalizes_like_the_one_column_guide(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var oneColumn = await PrintedTwice.NormalizedAsync(reference.Simulator, sample);
        var twoColumns = await PrintedTwice.NormalizedAsync(variants.TwoColumnGuides, sample);

        PrintedTwice.AssertSameMeaning(sample, oneColumn, twoColumns);
    }

    [Theory]
    [MemberData(nameof(Matrices))]
    public async Task A_matrix_continuing_over_pages_normalizes_like_the_one_page_matrix(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var onePage = await PrintedTwice.NormalizedAsync(reference.Simulator, sample);

        PrintedTwice.AssertSameMeaning(sample, onePage, await PrintedTwice.NormalizedAsync(variants.PagedMatrices, sample));
        PrintedTwice.AssertSameMeaning(sample, onePage, await PrintedTwice.NormalizedAsync(variants.PagedMatricesWithoutHeader, sample));
        PrintedTwice.AssertSameMeaning(sample, onePage, await PrintedTwice.NormalizedAsync(variants.LibreOfficePagedMatrices, sample));
        PrintedTwice.AssertSameMeaning(sample, onePage, await PrintedTwice.NormalizedAsync(variants.LibreOfficePagedMatricesWithoutHeader, sample));
    }

    [Fact]
    public async Task Two_column_pages_are_read_left_column_first_then_right_column()
    {
        var sample = TestFetchers.Sample(2022, "Toyota", "Tacoma");

        var result = await PrintedTwice.FetchAsync(variants.TwoColumnGuides, sample);

        using var pdf = PdfDocument.Open(result.Document!.Content.ToArray());
        var gutter = PrintVariantsFixture.TwoColumns.LeftMargin + ((612 - (2 * PrintVariantsFixture.TwoColumns.LeftMargin)) / 2);
        var sharedBaselines = pdf.GetPage(1).GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .Count(g => g.Any(w => w.BoundingBox.Right < gutter) && g.Any(w => w.BoundingBox.Left > gutter));
        Assert.True(sharedBaselines >= 10, $"page 1 should print two columns side by side ({sharedBaselines} shared baselines)");
        var words = pdf.GetPage(1).GetWords().ToList();
        var additional = words.First(w => w.Text == "Additional");
        var conditions = words.First(w => w.Text == "conditions" && w.BoundingBox.Left < gutter == additional.BoundingBox.Left < gutter);
        Assert.True(conditions.Letters[0].StartBaseLine.Y < additional.Letters[0].StartBaseLine.Y, "the special-conditions sub-heading should wrap onto a second line");
        Assert.Contains(result.Schedule!.Items, i => i.Section == "Additional maintenance items for special operating conditions / Towing, using a car-top carrier or heavy vehicle loading");

        // Milestones ascend through the guide only when each page is read column by column.
        var items = result.Schedule.Items;
        var miles = items.Select(i => int.Parse(i.Milestone!.Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(miles.Order(), miles);
        Assert.Equal(SampleSchedule.HorizonMiles, miles[^1]);
        AssertEveryItemIsOnItsPage(items, pdf);
        Assert.Contains(items, i => i.Location.Page > 1);
    }

    [Theory]
    [InlineData(nameof(PrintVariantsFixture.PagedMatrices))]
    [InlineData(nameof(PrintVariantsFixture.PagedMatricesWithoutHeader))]
    [InlineData(nameof(PrintVariantsFixture.LibreOfficePagedMatrices))]
    [InlineData(nameof(PrintVariantsFixture.LibreOfficePagedMatricesWithoutHeader))]
    public async Task Matrix_rows_keep_the_page_and_row_they_were_printed_on(string variant)
    {
        var simulator = Variant(variant);
        var sample = TestFetchers.Sample(2022, "Hyundai", "Tucson");

        var result = await PrintedTwice.FetchAsync(simulator, sample);

        var perPage = PrintVariantsFixture.RowsPerPage;
        var printedRows = sample.Schedule.Services.Where(s => !s.IsSevere).Select(s => s.Wording).Distinct(StringComparer.Ordinal).ToList();
        var matrixRows = result.Schedule!.Items.Where(i => i.Section == NormalCaption).ToList();
        Assert.Equal(printedRows, matrixRows.Select(i => i.Text));
        Assert.Equal(printedRows.Select((_, index) => new SourceLocation((index / perPage) + 1, (index % perPage) + 1)), matrixRows.Select(i => i.Location));
        var lastMatrixPage = ((printedRows.Count - 1) / perPage) + 1;
        Assert.True(lastMatrixPage >= 3);
        Assert.All(result.Schedule.Items.Where(i => i.Section != NormalCaption), i => Assert.Equal(lastMatrixPage + 1, i.Location.Page));

        using var pdf = PdfDocument.Open(result.Document!.Content.ToArray());
        var repeated = !variant.EndsWith("WithoutHeader", StringComparison.Ordinal);
        Assert.Equal(repeated, pdf.GetPage(2).GetWords().Any(w => w.Text == "Miles"));

        var lastRow = printedRows[^1];
        var lastService = sample.Schedule.Services.First(s => s.Wording == lastRow && !s.IsSevere);
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule);
        var service = normalized.Services.First(s => s.Code == lastService.Codes[0] && !s.IsSevere);
        Assert.Equal(lastMatrixPage, service.Provenance[0].Location.Page);
    }

    [Fact]
    public async Task Footnote_marks_leave_item_names_but_their_footnote_reaches_the_schedule()
    {
        var sample = TestFetchers.Sample(2022, "Hyundai", "Tucson");
        var footnoted = sample.Schedule.Services.First(s => s.Footnote is not null && !s.IsSevere);

        var result = await PrintedTwice.FetchAsync(variants.PagedMatrices, sample);

        var item = result.Schedule!.Items.Single(i => i.Text == footnoted.Wording && i.Section == NormalCaption);
        var mark = Assert.Single(result.Schedule.Legend, l => l.Value == footnoted.Footnote).Key;
        Assert.All(item.Cells, c => Assert.EndsWith(mark, c.Value, StringComparison.Ordinal));
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule);
        Assert.Equal(footnoted.Applicability, normalized.Services.Single(s => s.Code == footnoted.Codes[0] && !s.IsSevere).Applicability);
    }

    [Fact]
    public void Layout_options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleLayout.Default with { Columns = 3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleLayout.Default with { MatrixRowsPerPage = 0 });
    }

    [Fact]
    public async Task LibreOffice_refuses_two_column_guides_instead_of_printing_something_else()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => OemSimulator.StartAsync(
            new SimulatorOptions { PdfProducer = SamplePdfProducer.LibreOffice, Layout = PrintVariantsFixture.TwoColumns }));

        Assert.Contains("one column", error.Message, StringComparison.Ordinal);
    }

    private OemSimulator Variant(string name) => name switch
    {
        nameof(PrintVariantsFixture.PagedMatrices) => variants.PagedMatrices,
        nameof(PrintVariantsFixture.PagedMatricesWithoutHeader) => variants.PagedMatricesWithoutHeader,
        nameof(PrintVariantsFixture.LibreOfficePagedMatrices) => variants.LibreOfficePagedMatrices,
        nameof(PrintVariantsFixture.LibreOfficePagedMatricesWithoutHeader) => variants.LibreOfficePagedMatricesWithoutHeader,
        _ => throw new ArgumentException(name, nameof(name)),
    };

    private static void AssertEveryItemIsOnItsPage(IReadOnlyList<RawScheduleItem> items, PdfDocument pdf)
    {
        var wordsOnPage = Enumerable.Range(1, pdf.NumberOfPages)
            .ToDictionary(p => p, p => pdf.GetPage(p).GetWords().Select(w => w.Text).ToHashSet(StringComparer.Ordinal));
        Assert.All(items, i => Assert.True(i.Text.Split(' ').All(wordsOnPage[i.Location.Page!.Value].Contains), $"'{i.Text}' is not on page {i.Location.Page}"));
    }
}
