namespace AutoTrack.Oem;

/// <summary>
/// The contract every source adapter implements, ours and third parties'. A fetcher says which vehicles it
/// supports and turns one of them into a <see cref="RawSchedule"/>; it never interprets the schedule.
/// </summary>
/// <remarks>
/// An abstract class rather than an interface so members can be added later without breaking plugins.
/// Implementations must honour cancellation, must not throw for expected failures (return
/// <see cref="FetchResult.Failed"/> with the matching <see cref="FetchOutcome"/>), and read time from an
/// injected <see cref="TimeProvider"/>.
/// </remarks>
public abstract class MaintenanceFetcher
{
    /// <summary>Who this fetcher is and what it serves.</summary>
    public abstract FetcherMetadata Metadata { get; }

    /// <summary>True when this fetcher can look up the vehicle's schedule. Must be cheap and must not do I/O.</summary>
    public abstract bool Supports(VehicleDescriptor vehicle);

    /// <summary>Fetches the vehicle's schedule from the source.</summary>
    public abstract Task<FetchResult> FetchScheduleAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken);

    /// <summary>
    /// Which document covers the vehicle, when this fetcher reads documents that cover many vehicles (no I/O).
    /// The pipeline then fetches each document once per run with <see cref="FetchDocumentAsync"/> and fans the
    /// result out. The default, null, means "fetch per vehicle" with <see cref="FetchScheduleAsync"/>.
    /// </summary>
    public virtual DocumentReference? ResolveDocument(VehicleDescriptor vehicle) => null;

    /// <summary>
    /// Fetches one document resolved by <see cref="ResolveDocument"/>. When <paramref name="known"/> validators are
    /// given the request is conditional, and an unchanged document returns <see cref="FetchResult.NotModified"/>
    /// without downloading or parsing it.
    /// </summary>
    /// <exception cref="NotSupportedException">The fetcher does not resolve documents.</exception>
    public virtual Task<FetchResult> FetchDocumentAsync(DocumentReference document, DocumentValidators? known, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Metadata.Name} fetches per vehicle; it does not resolve documents.");

    /// <inheritdoc />
    public override string ToString() => Metadata.Name;
}
