namespace AutoTrack.Oem.Fetchers;

/// <summary>Options of <see cref="SampleOemApiFetcher"/>: the simulator's API root and credentials (see <see cref="JsonApiOptions"/>).</summary>
public sealed class SampleOemApiOptions : JsonApiOptions
{
    /// <summary>The makes the API covers ("Toyota", "Lexus"); the fetcher supports only their vehicles. Empty, the
    /// default, means every make: the API then answers 404 for the vehicles it does not list.</summary>
    public ICollection<string> Makes { get; } = new List<string>();
}

