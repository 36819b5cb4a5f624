using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Expected failures come back as outcomes with a clear reason, never as exceptions or invented data.</summary>
public sealed class FailureOutcomeTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private static readonly VehicleDescriptor Target = VehicleDescriptor.Create(2024, "Toyota", "Supra");
    private static readonly VehicleDescriptor HyundaiTarget = VehicleDescriptor.Create(2024, "Hyundai", "Kona");

    private readonly OemSimulator _oem = fixture.Simulator;

    public static TheoryData<string, string, FetchOutcome, string> BrokenDocuments => new()
    {
        { "toyota", BrokenDocumentPaths.NotAPdf, FetchOutcome.InvalidResponse, "but the server sent 'text/html'" },
        { "toyota", BrokenDocumentPaths.Corrupt, FetchOutcome.ParseError, "could not be read as a PDF" },
        { "toyota", BrokenDocumentPaths.ImageOnly, FetchOutcome.NoTextLayer, "no text layer" },
        { "toyota", "/hyundai/maintenance/2022/tucson.pdf", FetchOutcome.LayoutDrift, "No milestone headings" },
        { "toyota", "/toyota/wmg/2099/missing.pdf", FetchOutcome.HttpError, "HTTP 404" },
        { "hyundai", BrokenDocumentPaths.NotAPdf, FetchOutcome.InvalidResponse, "but the server sent 'text/html'" },
        { "hyundai", BrokenDocumentPaths.Corrupt, FetchOutcome.ParseError, "could not be read as a PDF" },
        { "hyundai", BrokenDocumentPaths.ImageOnly, FetchOutcome.NoTextLayer, "no text layer" },
        { "hyundai", "/toyota/wmg/2022/camry.pdf", FetchOutcome.LayoutDrift, "No milestone header row" },
        { "hyundai", "/hyundai/maintenance/2099/missing.pdf", FetchOutcome.HttpError, "HTTP 404" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public async Task A_document_the_fetcher_cannot_use_yields_its_outcome_and_a_reason(string fetcherKind, string path, FetchOutcome outcome, string reason)
    {
        var (fetcher, vehicle) = PointedAt(fetcherKind, path);

        var result = await fetcher.FetchScheduleAsync(vehicle, CancellationToken.None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.Contains(path, result.Reason, StringComparison.Ordinal);
        Assert.Null(result.Schedule);
    }

    [Fact]
    public async Task A_404_says_the_index_may_be_stale()
    {
        var (fetcher, vehicle) = PointedAt("toyota", "/toyota/wmg/2099/missing.pdf");

        var result = await fetcher.FetchScheduleAsync(vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Contains("document index may be out of date", result.Reason, StringComparison.Ordinal);
        Assert.True(result.Outcome.IsFailure());
    }

    [Fact]
    public async Task Documents_that_were_downloaded_but_not_read_are_kept_for_reparsing()
    {
        var (fetcher, vehicle) = PointedAt("hyundai", BrokenDocumentPaths.ImageOnly);

        var result = await fetcher.FetchScheduleAsync(vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.NoTextLayer, result.Outcome);
        Assert.NotNull(result.Document);
        Assert.Equal("application/pdf", result.Document.MediaType);
    }

    [Theory]
    [InlineData(2019, "Toyota", "Camry")]
    [InlineData(2021, "Honda", "Civic")]
    [InlineData(2022, "Hyundai", "Tucson")]
    public async Task An_unsupported_vehicle_is_unsupported_without_any_request(int year, string make, string model)
    {
        var before = _oem.Requests.Count;

        var result = await TestFetchers.Toyota(_oem).FetchScheduleAsync(VehicleDescriptor.Create(year, make, model), CancellationToken.None);

        Assert.Equal(FetchOutcome.Unsupported, result.Outcome);
        Assert.Contains(model, result.Reason, StringComparison.Ordinal);
        Assert.Equal(before, _oem.Requests.Count);
        Assert.False(result.Outcome.IsFailure());
    }

    [Fact]
    public async Task A_vehicle_the_matrix_fetcher_has_no_document_for_is_unsupported()
    {
        var result = await TestFetchers.Hyundai(_oem).FetchScheduleAsync(VehicleDescriptor.Create(2020, "Kia", "Telluride"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Unsupported, result.Outcome);
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error()
    {
        var options = new ToyotaWarrantyGuideOptions { BaseAddress = new Uri("http://127.0.0.1:1/") };
        options.AddDocument(2022, "Toyota", "Camry", "toyota/wmg/2022/camry.pdf");
        var fetcher = new ToyotaWarrantyGuideFetcher(new HttpClient(), Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System);

        var result = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry"), CancellationToken.None);

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Contains("127.0.0.1:1", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("toyota")]
    [InlineData("hyundai")]
    public async Task A_cancelled_token_throws(string fetcherKind)
    {
        var (fetcher, vehicle) = PointedAt(fetcherKind, fetcherKind == "toyota" ? "/toyota/wmg/2022/camry.pdf" : "/kia/maintenance/2022/sorento.pdf");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchScheduleAsync(vehicle, cancelled.Token));
    }

    private (MaintenanceFetcher Fetcher, VehicleDescriptor Vehicle) PointedAt(string fetcherKind, string path) => fetcherKind switch
    {
        "toyota" => (TestFetchers.Toyota(_oem, o => o.AddDocument(Target.Year, Target.Make, Target.Model, path)), Target),
        _ => (TestFetchers.Hyundai(_oem, o => o.AddDocument(HyundaiTarget.Year, HyundaiTarget.Make, HyundaiTarget.Model, path)), HyundaiTarget),
    };
}
