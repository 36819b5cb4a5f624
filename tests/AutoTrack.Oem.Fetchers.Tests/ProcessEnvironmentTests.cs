namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Test classes that change process-wide state (environment variables): they run alone, after the parallel
/// test classes.</summary>
[CollectionDefinition(nameof(ProcessEnvironmentTests), DisableParallelization = true)]
public sealed class ProcessEnvironmentTests;
