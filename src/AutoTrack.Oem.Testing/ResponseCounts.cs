namespace AutoTrack.Oem.Testing;

/// <summary>How the simulator answered requests for one path.</summary>
/// <param name="Ok">200 answers (a body was sent for GET).</param>
/// <param name="NotModified">304 answers (no body).</param>
/// <param name="Other">Any other status, injected faults included.</param>
public sealed record ResponseCounts(int Ok, int NotModified, int Other);
