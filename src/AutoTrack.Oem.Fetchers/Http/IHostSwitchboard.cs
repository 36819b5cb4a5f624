namespace AutoTrack.Oem.Fetchers.Http;

/// <summary>
/// The operator's kill switch: a disabled host gets no further requests, effective immediately (checked before
/// every request, redirect hop and robots.txt fetch) and answered with <see cref="FetchOutcome.SourceDisabled"/>.
/// Seeded from <see cref="OemHttpOptions.DisabledHosts"/> and <see cref="HostPolicy.Disabled"/>. Thread-safe singleton.
/// </summary>
public interface IHostSwitchboard
{
    /// <summary>Stops all requests to the host ("oem.example"), case-insensitively.</summary>
    void Disable(string host);

    /// <summary>Allows requests to the host again.</summary>
    void Enable(string host);

    /// <summary>True when requests to the host are refused.</summary>
    bool IsDisabled(string host);
}
