namespace AutoTrack.Oem.Tests.Fetching;

/// <summary>What <see cref="DocumentFetcher"/> gives a document-reading adapter for free.</summary>
public sealed class DocumentFetcherTests
{
    private static readonly VehicleDescriptor Covered = VehicleDescriptor.Create(2024, "Toyota", "Camry");
    private static readonly VehicleDescriptor Uncovered = VehicleDescriptor.Create(2024, "Toyota", "Supra");

    [Fact]
    public async Task Fetching_a_vehicle_fetches_its_document_unconditionally()
    {
        var fetcher = new GuideFetcher();

        var result = await fetcher.FetchScheduleAsync(Covered, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        var (document, known) = Assert.Single(fetcher.Fetched);
        Assert.Equal(new Uri($"https://oem.example/guides/2024/{Covered.Model}.pdf"), document.Url);
        Assert.Null(known);
    }

    [Fact]
    public async Task A_vehicle_no_document_covers_is_unsupported_and_nothing_is_fetched()
    {
        var fetcher = new GuideFetcher();

        var result = await fetcher.FetchScheduleAsync(Uncovered, CancellationToken.None);

        Assert.Equal(FetchOutcome.Unsupported, result.Outcome);
        Assert.Equal($"guides has no document for the {Uncovered}.", result.Reason);
        Assert.Empty(fetcher.Fetched);
    }

    [Fact]
    public async Task A_cancelled_token_throws_before_anything_is_fetched()
    {
        var fetcher = new GuideFetcher();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchScheduleAsync(Covered, new CancellationToken(canceled: true)));
        Assert.Empty(fetcher.Fetched);
    }

    /// <summary>Covers Camrys only; records what it was asked to fetch.</summary>
    private sealed class GuideFetcher : DocumentFetcher
    {
        public List<(DocumentReference Document, DocumentValidators? Known)> Fetched { get; } = [];

        public override FetcherMetadata Metadata { get; } = new("guides", "Toyota", SourceKind.OemPdf, 200);

        public override bool Supports(VehicleDescriptor vehicle) => vehicle.ManufacturerKey == "toyota";

        public override DocumentReference? ResolveDocument(VehicleDescriptor vehicle) => vehicle.Model == Covered.Model
            ? new DocumentReference(new Uri($"https://oem.example/guides/{vehicle.Year}/{vehicle.Model}.pdf"))
            : null;

        public override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken)
        {
            Fetched.Add((document, known));
            var raw = new RawSchedule(document.Url, SourceKind.OemPdf, DateTimeOffset.UnixEpoch, [new RawScheduleItem("Rotate tires every 5,000 miles")]);
            return Task.FromResult(FetchResult.Success(raw));
        }
    }
}
