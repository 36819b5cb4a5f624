namespace AutoTrack.Oem;

/// <summary>What is done to a service item. Part of a service's identity: "inspect brake pads" and
/// "replace brake pads" are different services.</summary>
public enum ServiceAction
{
    /// <summary>Replace, change, renew, drain and fill, flush.</summary>
    Replace,

    /// <summary>Inspect, check; "inspect and replace if necessary" is an inspection.</summary>
    Inspect,

    /// <summary>Rotate (tires).</summary>
    Rotate,

    /// <summary>Adjust.</summary>
    Adjust,

    /// <summary>Clean.</summary>
    Clean,

    /// <summary>Lubricate, grease.</summary>
    Lubricate,

    /// <summary>Tighten, torque.</summary>
    Tighten,

    /// <summary>Perform (a procedure, an inspection visit, a reset).</summary>
    Perform,
}
