namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>Options of <see cref="SampleJsPortalFetcher"/>. <see cref="BrowserPortalOptions.BaseAddress"/> is the
/// folder holding the "{year}/{make}/{model}.html" pages (the simulator's "/portal/js/").</summary>
public sealed class SampleJsPortalOptions : BrowserPortalOptions
{
    /// <summary>The makes the portal covers ("Toyota", "Lexus"); the fetcher supports only their vehicles. Empty, the
    /// default, means every make: the portal then answers 404 for the vehicles it does not list.</summary>
    public ICollection<string> Makes { get; } = new List<string>();
}

