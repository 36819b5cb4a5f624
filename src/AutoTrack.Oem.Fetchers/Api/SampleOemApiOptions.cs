namespace AutoTrack.Oem.Fetchers;

/// <summary>Options of <see cref="SampleOemApiFetcher"/>: the simulator's API root and credentials (see <see cref="JsonApiOptions"/>).</summary>
public sealed class SampleOemApiOptions : JsonApiOptions;
