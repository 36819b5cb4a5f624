using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The Hyundai-style matrix fetcher against the simulator: real HTTP on loopback, real PdfPig.</summary>
public sealed class HyundaiMatrixPdfFetcherTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string SevereSection = "Maintenance under severe usage conditions";

    private readonly OemSimulator _oem = fixture.Simulator;

    public static TheoryData<int, string, string> Samples => TestFetchers.SamplesInStyle(SampleDocumentStyles.HyundaiMatrix);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Normalized_schedule_equals_what_the_matrix_printed(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var result = await TestFetchers.Hyundai(_oem).FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule!);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(normalized));
        Assert.Empty(normalized.Unrecognized);

        // Normalizer 1.0.0 does not read a severe table's "Maintenance operation" column and says so once per row;
        // the samples only use operations that are the service's usual action. Nothing else may be reported.
        Assert.All(normalized.Issues, i => Assert.Contains("'Maintenance operation' is not a milestone", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matrix_cells_are_headed_by_both_header_rows_and_placed_in_the_right_columns()
    {
        var result = await Fetch(2022, "Hyundai", "Tucson");

        var oil = result.Schedule!.Items.First(i => i.Text == "Engine oil and filter");
        Assert.Equal("Normal maintenance schedule", oil.Section);
        Assert.Equal(16, oil.Cells.Count);
        Assert.Equal(new RawCell("Miles x 1,000 / 7.5 / Months / 6", "R"), oil.Cells[0]);
        Assert.Equal(new RawCell("Miles x 1,000 / 112.5 / Months / 90", "R"), oil.Cells[14]);
        var air = result.Schedule.Items.First(i => i.Text == "Air cleaner filter");
        Assert.Equal(["I", "R", "I", "R"], air.Cells.Take(4).Select(c => c.Value));
        Assert.Equal("Miles x 1,000 / 22.5 / Months / 18", air.Cells[2].Header);
        var differential = result.Schedule.Items.First(i => i.Text == "Rear differential oil" && i.Section == "Normal maintenance schedule");
        Assert.Equal(
            [new RawCell("Miles x 1,000 / 30 / Months / 24", "R*1"), new RawCell("Miles x 1,000 / 60 / Months / 48", "R*1"),
             new RawCell("Miles x 1,000 / 90 / Months / 72", "R*1"), new RawCell("Miles x 1,000 / 120 / Months / 96", "R*1")],
            differential.Cells);
        Assert.Equal("2022 Hyundai Tucson Scheduled Maintenance \u2014 SAMPLE", result.Schedule.Title);
    }

    [Fact]
    public async Task The_legend_is_read_into_the_raw_schedule()
    {
        var result = await Fetch(2023, "Kia", "Sportage");

        var legend = result.Schedule!.Legend;
        Assert.Equal("Inspect and if necessary adjust, correct, clean or replace", legend["I"]);
        Assert.Equal("Replace or change", legend["R"]);
        Assert.Equal("AWD models only", legend["*1"]);
        Assert.Equal("Repeatedly driving short distances", legend["A"]);
        Assert.Equal("Driving as a police car, taxi or commercial vehicle", legend["H"]);
        Assert.DoesNotContain(legend.Values, v => v.Contains("SAMPLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Severe_usage_rows_carry_operation_interval_and_condition_cells()
    {
        var result = await Fetch(2022, "Hyundai", "Tucson");

        var severe = result.Schedule!.Items.Where(i => i.Section == SevereSection).ToList();
        Assert.Equal(3, severe.Count);
        var oil = severe[0];
        Assert.Equal("Engine oil and filter", oil.Text);
        Assert.Equal(
            [new RawCell("Maintenance operation", "R"), new RawCell("Maintenance interval", "Every 3,750 miles or 3 months"), new RawCell("Driving condition", "A, B, C, D, E, F, G")],
            oil.Cells);
        Assert.Equal(new RawCell("Maintenance operation", "R*1"), severe[1].Cells[0]);
        Assert.Equal("Rear differential oil", severe[1].Text);
    }

    [Fact]
    public async Task Provenance_keeps_page_and_row_of_both_tables()
    {
        var result = await Fetch(2021, "Hyundai", "Santa Fe");

        var items = result.Schedule!.Items;
        var matrix = items.Where(i => i.Section != SevereSection).ToList();
        var severe = items.Where(i => i.Section == SevereSection).ToList();
        Assert.All(matrix, i => Assert.Equal(1, i.Location.Page));
        Assert.All(severe, i => Assert.Equal(2, i.Location.Page));
        Assert.Equal(Enumerable.Range(1, matrix.Count), matrix.Select(i => i.Location.Row!.Value));
        Assert.Equal(Enumerable.Range(1, severe.Count), severe.Select(i => i.Location.Row!.Value));
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule);
        var severeOil = normalized.Services.Single(s => s.Code == ServiceCodes.OilChange && s.IsSevere);
        Assert.Equal(2, Assert.Single(severeOil.Provenance).Location.Page);
    }

    [Fact]
    public async Task The_sample_label_and_page_numbers_are_not_items()
    {
        var result = await Fetch(2021, "Kia", "Sportage");

        Assert.DoesNotContain(result.Schedule!.Items, i => i.Text.Contains("SAMPLE", StringComparison.Ordinal)
            || i.Text.Contains("not verified", StringComparison.OrdinalIgnoreCase) || i.Text.StartsWith("Page ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Schedule.Items.SelectMany(i => i.Cells), c => c.Value.Contains("SAMPLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_shared_by_two_model_years_is_fetched_for_both()
    {
        var older = TestFetchers.Sample(2021, "Hyundai", "Sonata");
        var newer = TestFetchers.Sample(2022, "Hyundai", "Sonata");
        Assert.Equal(older.DocumentPath, newer.DocumentPath);
        var fetcher = TestFetchers.Hyundai(_oem);

        var first = await fetcher.FetchScheduleAsync(older.Vehicle, CancellationToken.None);
        var second = await fetcher.FetchScheduleAsync(newer.Vehicle, CancellationToken.None);

        Assert.Equal(first.Document!.Sha256, second.Document!.Sha256);
        Assert.Equal(PrintedSchedule.Expected(older), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(first.Schedule!)));
        Assert.Equal(PrintedSchedule.Expected(newer), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(second.Schedule!)));
    }

    [Theory]
    [InlineData(2022, "Hyundai", "Tucson", true)]
    [InlineData(2021, "hyundai", "santafe", true)]
    [InlineData(2022, "Kia", "Sorento", true)]
    [InlineData(2023, "KIA", "sportage", true)]
    [InlineData(2020, "Hyundai", "Tucson", false)]
    [InlineData(2022, "Genesis", "GV70", false)]
    [InlineData(2021, "Toyota", "Camry", false)]
    public void Supports_Hyundai_group_vehicles_with_an_indexed_document(int year, string make, string model, bool expected) =>
        Assert.Equal(expected, TestFetchers.Hyundai(_oem).Supports(VehicleDescriptor.Create(year, make, model)));

    [Fact]
    public void Genesis_is_supported_when_indexed()
    {
        var fetcher = TestFetchers.Hyundai(_oem, o => o.AddDocument(2022, "Genesis", "GV70", "genesis/2022/gv70.pdf"));

        Assert.True(fetcher.Supports(VehicleDescriptor.Create(2022, "Genesis", "GV70")));
        Assert.Equal(new FetcherMetadata("hyundai-matrix-pdf", "Hyundai", SourceKind.OemPdf, 200) { TermsOfUse = TermsOfUse.PublicDocument, AllowedHosts = fetcher.Metadata.AllowedHosts }, fetcher.Metadata);
    }

    private async Task<FetchResult> Fetch(int year, string make, string model)
    {
        var result = await TestFetchers.Hyundai(_oem).FetchScheduleAsync(TestFetchers.Sample(year, make, model).Vehicle, CancellationToken.None);
        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        return result;
    }
}
