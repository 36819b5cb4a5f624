namespace AutoTrack.Oem.Hosting;

/// <summary>How one run chooses its vehicles.</summary>
public sealed record PipelineRunOptions
{
    /// <summary>A scheduled run: the freshness policy decides what is due.</summary>
    public static PipelineRunOptions Scheduled { get; } = new();

    /// <summary>A manual refresh of every vehicle in the catalog, due or not.</summary>
    public static PipelineRunOptions Everything { get; } = new() { IgnoreFreshness = true };

    /// <summary>Refresh vehicles whether or not they are due (manual refresh).</summary>
    public bool IgnoreFreshness { get; init; }

    /// <summary>Only these vehicles (by <see cref="VehicleDescriptor.Key"/>), when set.</summary>
    public IReadOnlySet<string>? OnlyVehicleKeys { get; init; }

    /// <summary>Fetch every document in full, ignoring stored ETag / Last-Modified (after a normalizer upgrade).</summary>
    public bool Unconditional { get; init; }
}
