using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Hosting;

/// <summary>Settings of the aggregation job, validated when the host starts.</summary>
public sealed class OemAggregationOptions
{
    /// <summary>How many schedules are written per database round trip (default 50).</summary>
    [Range(1, 1_000)]
    public int WriteBatchSize { get; set; } = 50;

    /// <summary>How many vehicles are fetched at the same time (default 4). Per-host politeness limits apply on top.</summary>
    [Range(1, 64)]
    public int MaxConcurrentFetches { get; set; } = 4;

    /// <summary>Which vehicles are due in a scheduled run.</summary>
    [Required]
    public FreshnessPolicy Freshness { get; set; } = new();

    /// <summary>Fetchers (by <see cref="FetcherMetadata.Name"/>) that run although their terms-of-use position does not
    /// enable them by default. Operators add a name here once the source's terms have been checked.</summary>
    public ISet<string> EnabledFetchers { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Fetchers (by name) that never run, whatever their position.</summary>
    public ISet<string> DisabledFetchers { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Thresholds for quarantining implausible schedules.</summary>
    [Required]
    public ValidationOptions Validation { get; set; } = new();
}
