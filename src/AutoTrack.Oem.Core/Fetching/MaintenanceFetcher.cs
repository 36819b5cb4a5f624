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

    /// <inheritdoc />
    public override string ToString() => Metadata.Name;
}
