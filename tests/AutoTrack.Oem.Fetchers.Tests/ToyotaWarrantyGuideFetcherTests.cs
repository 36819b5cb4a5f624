using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The Toyota-style guide fetcher against the simulator: real HTTP on loopback, real PdfPig.</summary>
public sealed class ToyotaWarrantyGuideFetcherTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    public static TheoryData<int, string, string> Samples => TestFetchers.SamplesInStyle(SampleDocumentStyles.ToyotaWarrantyGuide);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Normalized_schedule_equals_what_the_guide_printed(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var result = await TestFetchers.Toyota(_oem).FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule!);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(normalized));
        Assert.Empty(normalized.Unrecognized);
        Assert.Empty(normalized.Issues);
    }

    [Fact]
    public async Task Items_carry_their_milestone_and_special_condition_path()
    {
        var result = await Fetch(2020, "Toyota", "Camry");

        var items = result.Schedule!.Items;
        var rotation = items.First(i => i.Text == "Rotate tires");
        Assert.Equal("5,000 miles or 6 months", rotation.Milestone);
        Assert.Null(rotation.Section);
        var towing = items.First(i => i.Section is not null && i.Section.EndsWith("heavy vehicle loading", StringComparison.Ordinal));
        Assert.Equal("Additional maintenance items for special operating conditions / Towing, using a car-top carrier or heavy vehicle loading", towing.Section);
        Assert.Equal("Replace engine oil and oil filter", towing.Text);
        Assert.DoesNotContain(items, i => i.Text.StartsWith('\u2022') || i.Text.EndsWith(':'));
        Assert.Equal("2020-2021 Camry Warranty & Maintenance Guide \u2014 SAMPLE", result.Schedule.Title);
    }

    [Fact]
    public async Task Provenance_keeps_the_page_each_item_was_printed_on()
    {
        var result = await Fetch(2022, "Toyota", "Tacoma");
        var items = result.Schedule!.Items;
        using var pdf = PdfDocument.Open(result.Document!.Content.ToArray());
        var wordsOnPage = Enumerable.Range(1, pdf.NumberOfPages)
            .ToDictionary(p => p, p => pdf.GetPage(p).GetWords().Select(w => w.Text).ToHashSet(StringComparer.Ordinal));

        Assert.True(pdf.NumberOfPages > 3, "the guide should flow over several pages");
        Assert.All(items, i => Assert.True(i.Location.Page is >= 1 && i.Location.Row is >= 1, i.ToString()));
        Assert.All(items, i => Assert.True(i.Text.Split(' ').All(wordsOnPage[i.Location.Page!.Value].Contains), $"'{i.Text}' is not on page {i.Location.Page}"));
        Assert.Equal(1, items[0].Location.Page);
        Assert.Equal(pdf.NumberOfPages, items[^1].Location.Page);
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.Location.Page <= p.Second.Location.Page), "pages run in document order");

        var rotation = new ScheduleNormalizer().Normalize(result.Schedule).Services.Single(s => s.Code == ServiceCodes.TireRotation);
        Assert.Equal(24, rotation.Provenance.Count);
        Assert.Equal(pdf.NumberOfPages, rotation.Provenance[^1].Location.Page);
    }

    [Fact]
    public async Task The_sample_label_and_page_numbers_are_not_items()
    {
        var result = await Fetch(2021, "Lexus", "RX");

        Assert.DoesNotContain(result.Schedule!.Items, i => i.Text.Contains("SAMPLE", StringComparison.Ordinal)
            || i.Text.Contains("not verified", StringComparison.OrdinalIgnoreCase) || i.Text.StartsWith("Page ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Schedule.Items, i => (i.Section ?? string.Empty).Contains("SAMPLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_guide_shared_by_two_model_years_is_fetched_for_both()
    {
        var older = TestFetchers.Sample(2020, "Toyota", "Camry");
        var newer = TestFetchers.Sample(2021, "Toyota", "Camry");
        Assert.Equal(older.DocumentPath, newer.DocumentPath);
        var before = _oem.RequestCount(older.DocumentPath);
        var fetcher = TestFetchers.Toyota(_oem);

        var first = await fetcher.FetchScheduleAsync(older.Vehicle, CancellationToken.None);
        var second = await fetcher.FetchScheduleAsync(newer.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, first.Outcome);
        Assert.Equal(FetchOutcome.Success, second.Outcome);
        Assert.Equal(first.Document!.Sha256, second.Document!.Sha256);
        Assert.Equal(new Uri(_oem.BaseAddress, older.DocumentPath.TrimStart('/')), second.Schedule!.SourceUrl);
        Assert.Equal(before + 2, _oem.RequestCount(older.DocumentPath));
        Assert.Equal(PrintedSchedule.Expected(newer), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(second.Schedule)));
    }

    [Fact]
    public async Task The_source_document_keeps_bytes_validators_and_the_injected_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero));
        var sample = TestFetchers.Sample(2022, "Lexus", "ES");

        var result = await TestFetchers.Toyota(_oem, time: clock).FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        var document = result.Document!;
        Assert.Equal("application/pdf", document.MediaType);
        Assert.Equal($"\"{document.Sha256}\"", document.ETag);
        Assert.Equal(new SimulatorOptions().DocumentsLastModified, document.LastModified);
        Assert.Equal(clock.GetUtcNow(), document.RetrievedAt);
        Assert.Equal(clock.GetUtcNow(), result.Schedule!.RetrievedAt);
        Assert.Equal(SourceKind.OemPdf, result.Schedule.SourceKind);
        Assert.True(document.Content.Span.StartsWith("%PDF-"u8));
    }

    [Theory]
    [InlineData(2021, "Toyota", "Camry", true)]
    [InlineData(2022, "toyota", "rav-4", true)]
    [InlineData(2021, "Lexus", "RX", true)]
    [InlineData(2023, "LEXUS", "es", true)]
    [InlineData(2019, "Toyota", "Camry", false)]
    [InlineData(2021, "Toyota", "Prius", false)]
    [InlineData(2021, "Honda", "Civic", false)]
    [InlineData(2022, "Hyundai", "Tucson", false)]
    public void Supports_Toyota_and_Lexus_vehicles_with_an_indexed_guide(int year, string make, string model, bool expected) =>
        Assert.Equal(expected, TestFetchers.Toyota(_oem).Supports(VehicleDescriptor.Create(year, make, model)));

    [Fact]
    public void Metadata_names_the_source()
    {
        var metadata = TestFetchers.Toyota(_oem).Metadata;

        Assert.Equal(new FetcherMetadata("toyota-wmg-pdf", "Toyota", SourceKind.OemPdf, 200) { TermsOfUse = TermsOfUse.PublicDocument, AllowedHosts = metadata.AllowedHosts }, metadata);
    }

    private async Task<FetchResult> Fetch(int year, string make, string model)
    {
        var result = await TestFetchers.Toyota(_oem).FetchScheduleAsync(TestFetchers.Sample(year, make, model).Vehicle, CancellationToken.None);
        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        return result;
    }
}
