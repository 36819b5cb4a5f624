namespace AutoTrack.Oem;

/// <summary>How a service differs between two versions of a schedule.</summary>
public enum ServiceChangeKind
{
    /// <summary>The service is new.</summary>
    Added,

    /// <summary>The service is gone.</summary>
    Removed,

    /// <summary>The service's timing changed.</summary>
    Changed,
}
