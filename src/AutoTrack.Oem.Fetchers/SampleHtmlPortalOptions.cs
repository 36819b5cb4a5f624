namespace AutoTrack.Oem.Fetchers;

/// <summary>Options of <see cref="SampleHtmlPortalFetcher"/>. <see cref="HtmlPortalOptions.BaseAddress"/> is the
/// folder holding the "{year}/{make}/{model}.html" pages (the simulator's "/portal/static/").</summary>
public sealed class SampleHtmlPortalOptions : HtmlPortalOptions;
