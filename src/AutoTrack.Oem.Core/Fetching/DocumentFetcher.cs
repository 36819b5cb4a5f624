namespace AutoTrack.Oem;

/// <summary>
/// A fetcher whose sources are documents that each cover many vehicles: guides, portal pages, API resources. It
/// implements <see cref="ResolveDocument"/> (which document covers a vehicle, no I/O) and
/// <see cref="FetchDocumentAsync"/> (fetch one, conditionally when validators are known); fetching one vehicle's
/// schedule is resolving its document and fetching that unconditionally.
/// </summary>
public abstract class DocumentFetcher : MaintenanceFetcher
{
    /// <summary>Which document covers the vehicle, or null when this fetcher has none for it. Must not do I/O.</summary>
    /// <param name="vehicle">The vehicle.</param>
    /// <returns>The document, or null.</returns>
    public abstract override DocumentReference? ResolveDocument(VehicleDescriptor vehicle);

    /// <summary>Fetches one document resolved by <see cref="ResolveDocument"/>. With <paramref name="known"/>
    /// validators the request is conditional, and an unchanged document is <see cref="FetchResult.NotModified"/>
    /// without being downloaded or parsed.</summary>
    /// <param name="document">The document.</param>
    /// <param name="known">The validators stored from the last fetch, or null for an unconditional fetch.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The result; expected failures are results, never exceptions.</returns>
    public abstract override Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken);

    /// <summary>Resolves the vehicle's document and fetches it unconditionally; <see cref="FetchOutcome.Unsupported"/>
    /// (nothing requested) when no document covers the vehicle.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public override Task<FetchResult> FetchScheduleAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        cancellationToken.ThrowIfCancellationRequested();
        return ResolveDocument(vehicle) is { } document
            ? FetchDocumentAsync(document, null, cancellationToken)
            : Task.FromResult(FetchResult.Failed(FetchOutcome.Unsupported, $"{Metadata.Name} has no document for the {vehicle}."));
    }
}
