namespace AutoTrack.Oem.Testing.Internal;

/// <summary>One row of a sample portal's maintenance table: the service as a portal words it, its interval text,
/// the driving conditions it applies under ("; "-separated, empty for the normal schedule) and a note
/// ("AWD models only").</summary>
internal sealed record PortalRow(string Service, string Interval, string Conditions, string Note);
