namespace AutoTrack.Oem.Testing.Internal;

/// <summary>What varies between the sample matrices (Hyundai / Kia style).</summary>
internal sealed record MatrixProfile
{
    public bool Awd { get; init; }

    /// <summary>Air cleaner inspected at 7,500 then every 15,000 and replaced every 15,000 (else inspected at
    /// 15,000 then every 30,000 and replaced every 30,000).</summary>
    public bool AirCleanerInspectThenReplace { get; init; }

    public int CabinFilterMiles { get; init; } = 15_000;

    public int SparkPlugMiles { get; init; } = 105_000;

    /// <summary>Drive belts inspected first at 60,000 then every 15,000 (else every 30,000).</summary>
    public bool DriveBeltsFirstAt60 { get; init; }

    /// <summary>Severe usage rows: row key ("oil", "air", "spark", "cabin", "brakes", "shafts", "differential") to
    /// the condition letters printed ("A, B, C").</summary>
    public IReadOnlyList<(string Row, string Letters)> Severe { get; init; } = [];
}
