namespace AutoTrack.Oem;

/// <summary>Transmission type. Used both to describe a vehicle and to state what a service applies to.</summary>
public enum TransmissionKind
{
    /// <summary>Conventional automatic.</summary>
    Automatic,

    /// <summary>Manual.</summary>
    Manual,

    /// <summary>Continuously variable.</summary>
    CVT,

    /// <summary>Dual-clutch.</summary>
    DualClutch,
}
