namespace AutoTrack.Oem.Hosting;

/// <summary>Progress of a run, reported after each vehicle.</summary>
/// <param name="Done">Vehicles finished so far.</param>
/// <param name="Total">Vehicles due in this run.</param>
/// <param name="Vehicle">The vehicle just finished.</param>
/// <param name="Outcome">What happened to it ("fetched", "quarantined", or a fetch outcome code).</param>
public sealed record PipelineProgress(int Done, int Total, VehicleDescriptor Vehicle, string Outcome);
