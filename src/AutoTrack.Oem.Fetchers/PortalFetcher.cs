namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// What owner-portal adapters share, whether the page is static HTML (<see cref="HtmlPortalFetcher"/>) or rendered in a
/// browser: the portal's base address, and one page per vehicle named by <see cref="PageFor"/>. A page usually shows
/// one model year of a model, every trim, so it is the document the pipeline fetches once per run for all the
/// vehicles it covers.
/// </summary>
public abstract class PortalFetcher : DocumentFetcher
{
    /// <summary>Creates the fetcher.</summary>
    /// <param name="baseAddress">The portal's base address, from its options.</param>
    /// <param name="optionsName">The options type's name, for the error when the address is missing.</param>
    /// <exception cref="ArgumentException"><paramref name="baseAddress"/> is null.</exception>
    protected PortalFetcher(Uri? baseAddress, string optionsName)
    {
        BaseAddress = baseAddress ?? throw new ArgumentException($"{optionsName}.BaseAddress is required.", nameof(baseAddress));
    }

    /// <summary>The portal's base address.</summary>
    protected Uri BaseAddress { get; }

    /// <summary>The page that shows the vehicle's schedule, or null when the portal has none (no I/O).</summary>
    /// <param name="vehicle">The vehicle.</param>
    /// <returns>The page's address, or null.</returns>
    protected abstract Uri? PageFor(VehicleDescriptor vehicle);

    /// <summary>True when <see cref="PageFor"/> names a page for the vehicle.</summary>
    public override bool Supports(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return PageFor(vehicle) is not null;
    }

    /// <summary>The vehicle's page (<see cref="PageFor"/>) as a document, or null when the portal has none.</summary>
    public override DocumentReference? ResolveDocument(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return PageFor(vehicle) is { } url ? new DocumentReference(url) : null;
    }
}
