namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>Marks a typed client as already wired through the AutoTrack.Oem HTTP layer (keeps registration idempotent).</summary>
/// <typeparam name="TClient">The typed client.</typeparam>
#pragma warning disable CA1812 // Instantiated only as a DI marker.
internal sealed class OemClientMarker<TClient>;
#pragma warning restore CA1812
