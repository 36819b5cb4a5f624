namespace AutoTrack.Oem.Testing.Internal;

/// <summary>What varies between the sample milestone guides (Toyota / Lexus style).</summary>
internal sealed record GuideProfile
{
    public int OilMiles { get; init; } = 10_000;

    public int CabinFilterMiles { get; init; } = 30_000;

    public int SparkPlugMiles { get; init; } = 120_000;

    /// <summary>AWD or 4WD models get drivetrain-only items; null for two-wheel drive only.</summary>
    public Drivetrain? DriveLine { get; init; }

    /// <summary>Coolant replaced "first at 100,000 miles, then every 50,000 miles" (else inspected every 30,000).</summary>
    public bool CoolantFirstThenRepeat { get; init; }

    /// <summary>4WD trucks: re-torque the propeller shaft bolts once, at 15,000 miles.</summary>
    public bool PropellerShaftRetorque { get; init; }

    public bool DustyRoads { get; init; }

    public bool Towing { get; init; }

    public bool Idling { get; init; }

    public bool ShortTrips { get; init; }

    public bool OffRoad { get; init; }
}
