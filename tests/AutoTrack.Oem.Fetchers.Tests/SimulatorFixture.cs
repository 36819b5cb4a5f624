using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>One OEM simulator per test class (xunit class fixture), on a loopback port.</summary>
public class SimulatorFixture : IAsyncLifetime
{
    private OemSimulator? _simulator;

    public OemSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    protected virtual SimulatorOptions Options => new();

    public async Task InitializeAsync() => _simulator = await OemSimulator.StartAsync(Options);

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
