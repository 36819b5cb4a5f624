namespace AutoTrack.Oem;

/// <summary>Wording the normalizer could not turn into a service. Kept, flagged and counted, never dropped.</summary>
/// <param name="Text">The original wording.</param>
/// <param name="Shape">The shape the item came in.</param>
/// <param name="Reason">Why it was not understood ("no known service named").</param>
/// <param name="Provenance">Where it was read.</param>
public sealed record UnrecognizedItem(string Text, ScheduleShape Shape, string Reason, ServiceProvenance Provenance);
