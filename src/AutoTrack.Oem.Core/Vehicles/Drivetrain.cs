namespace AutoTrack.Oem;

/// <summary>Which wheels are driven. Used both to describe a vehicle and to state what a service applies to.</summary>
public enum Drivetrain
{
    /// <summary>Front-wheel drive.</summary>
    FWD,

    /// <summary>Rear-wheel drive.</summary>
    RWD,

    /// <summary>All-wheel drive.</summary>
    AWD,

    /// <summary>Four-wheel drive (part-time or full-time, "4x4").</summary>
    FourWD,

    /// <summary>Two-wheel drive, when the guide does not say which axle.</summary>
    TwoWD,
}
