using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The sample JSON API fetcher against the simulator's API: mapping, normalization, schema drift and malformed JSON.</summary>
public sealed class SampleOemApiFetcherTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    public static TheoryData<int, string, string> AllSamples
    {
        get
        {
            var data = new TheoryData<int, string, string>();
            foreach (var sample in SampleCatalog.Default.Vehicles)
            {
                data.Add(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public async Task Normalized_schedule_equals_what_the_catalog_says(int year, string make, string model)
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));
        var sample = TestFetchers.Sample(year, make, model);

        var result = await host.FetchAsync(year, make, model);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule!);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(normalized));
        Assert.Empty(normalized.Unrecognized);
        Assert.Empty(normalized.Issues);
    }

    [Fact]
    public async Task Items_keep_the_api_wording_and_the_response_is_the_source_document()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));

        var result = await host.FetchAsync(2022, "Hyundai", "Tucson");

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        var schedule = result.Schedule!;
        Assert.Equal(SourceKind.OemApi, schedule.SourceKind);
        Assert.Equal(host.Clock.GetUtcNow(), schedule.RetrievedAt);
        Assert.Equal("2022 Hyundai Tucson Scheduled Maintenance \u2014 SAMPLE", schedule.Title);
        Assert.Equal("Replace Engine oil and filter every 7,500 miles or 6 months", schedule.Items[0].Text);
        Assert.Equal(1, schedule.Items[0].Location.Row);
        Assert.Contains(schedule.Items, i => i.Text == "Replace Rear differential oil every 30,000 miles or 24 months (AWD models only)");
        Assert.Contains(schedule.Items, i => i.Section is { } s && s.StartsWith(SampleOemApiFetcher.ConditionsHeading + " / Repeatedly driving short distances; ", StringComparison.Ordinal));
        Assert.Equal("application/json", result.Document!.MediaType);
        Assert.StartsWith("/api/v1/maintenance?year=2022&make=Hyundai&model=Tucson", result.Document.Url.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_missing_a_required_field_is_layout_drift_naming_the_json_path()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));
        await _oem.SetApiFaultAsync(SimulatedApiFault.SchemaViolation);
        try
        {
            var result = await host.FetchAsync(2021, "Toyota", "Camry");

            Assert.Equal(FetchOutcome.LayoutDrift, result.Outcome);
            Assert.Contains("$.items[2].action is required but missing", result.Reason, StringComparison.Ordinal);
            Assert.NotNull(result.Document);
        }
        finally
        {
            await _oem.SetApiFaultAsync(SimulatedApiFault.None);
        }
    }

    [Fact]
    public async Task Malformed_json_is_a_parse_error()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));
        await _oem.SetApiFaultAsync(SimulatedApiFault.MalformedJson);
        try
        {
            var result = await host.FetchAsync(2021, "Toyota", "Camry");

            Assert.Equal(FetchOutcome.ParseError, result.Outcome);
            Assert.Contains("malformed JSON", result.Reason, StringComparison.Ordinal);
            Assert.NotNull(result.Document);
        }
        finally
        {
            await _oem.SetApiFaultAsync(SimulatedApiFault.None);
        }
    }

    [Fact]
    public async Task A_vehicle_the_api_does_not_know_is_unsupported()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));

        var result = await host.FetchAsync(2021, "Honda", "Civic");

        Assert.Equal(FetchOutcome.Unsupported, result.Outcome);
        Assert.Contains("HTTP 404", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_declares_a_documented_oem_api()
    {
        using var host = new ApiFetcherHost(_oem, o => ApiFetcherHost.ClientCredentials(o, _oem));

        var metadata = host.Fetcher.Metadata;

        Assert.Equal("sample-oem-api", metadata.Name);
        Assert.Equal(SourceKind.OemApi, metadata.SourceKind);
        Assert.Equal(100, metadata.Priority);
        Assert.Equal(TermsOfUse.DocumentedApi, metadata.TermsOfUse);
        Assert.True(metadata.EnabledByDefault);
    }
}
