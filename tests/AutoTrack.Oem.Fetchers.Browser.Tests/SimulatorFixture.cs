using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>One OEM simulator per test class (xunit class fixture), on a loopback port.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private OemSimulator? _simulator;

    public OemSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator has not started.");

    public async Task InitializeAsync() => _simulator = await OemSimulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
