using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Fetchers.Http;

/// <summary>Politeness settings for one host that override the defaults of <see cref="OemHttpOptions"/>.</summary>
public sealed class HostPolicy
{
    /// <summary>Requests per second for this host; null uses <see cref="OemHttpOptions.RequestsPerSecond"/>.</summary>
    [Range(0.001, 1_000)]
    public double? RequestsPerSecond { get; set; }

    /// <summary>Requests in flight at once to this host; null uses <see cref="OemHttpOptions.MaxConcurrencyPerHost"/>.</summary>
    [Range(1, 1_000)]
    public int? MaxConcurrency { get; set; }

    /// <summary>Requests per UTC day to this host; null uses <see cref="OemHttpOptions.RequestsPerDay"/>.</summary>
    [Range(1, int.MaxValue)]
    public int? RequestsPerDay { get; set; }

    /// <summary>True to disable the host from the start (see <see cref="IHostSwitchboard"/>).</summary>
    public bool Disabled { get; set; }
}
