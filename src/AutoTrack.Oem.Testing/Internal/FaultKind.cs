namespace AutoTrack.Oem.Testing.Internal;

/// <summary>What a <see cref="Fault"/> does.</summary>
internal enum FaultKind
{
    Latency,
    Status,
    ConnectionReset,
    Timeout,
    TruncatedBody,
    WrongContentType,
    CorruptPdf,
    ImageOnlyPdf,
    LayoutDrift,
    EmptyTable,
    Redirect,
    RobotsDisallow,
}
