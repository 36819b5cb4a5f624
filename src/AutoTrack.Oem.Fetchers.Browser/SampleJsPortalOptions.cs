namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>Options of <see cref="SampleJsPortalFetcher"/>. <see cref="BrowserPortalOptions.BaseAddress"/> is the
/// folder holding the "{year}/{make}/{model}.html" pages (the simulator's "/portal/js/").</summary>
public sealed class SampleJsPortalOptions : BrowserPortalOptions;
