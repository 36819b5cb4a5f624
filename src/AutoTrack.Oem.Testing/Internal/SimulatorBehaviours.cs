namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The simulator's adjustable behaviours: injected faults, robots.txt, and the traffic counters.</summary>
internal sealed class SimulatorBehaviours
{
    public FaultPlan Faults { get; } = new();

    public RobotsPolicy Robots { get; } = new();

    public TrafficLog Traffic { get; } = new();
}
