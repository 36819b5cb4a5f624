namespace AutoTrack.Oem.Fetchers;

/// <summary>The User-Agent every AutoTrack.Oem fetcher sends: who we are and where to read about us.</summary>
public static class OemUserAgent
{
    /// <summary>"AutoTrack.Oem/0.1 (+https://github.com/autotrack/autotrack-oem)".</summary>
    public const string Value = "AutoTrack.Oem/0.1 (+https://github.com/autotrack/autotrack-oem)";
}
