using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>The JavaScript portal adapter passes the conformance kit third-party plugins run, in real Chromium.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SampleJsPortalConformance(BrowserFixture browser) : FetcherConformanceTests
{
    private static readonly SampleVehicle Sample = SampleCatalog.Default.InStyle(SampleDocumentStyles.HyundaiMatrix)[0];

    protected override VehicleDescriptor SupportedVehicle => Sample.Vehicle;

    protected override MaintenanceFetcher CreateFetcher(OemSimulator simulator)
    {
        var options = new SampleJsPortalOptions { BaseAddress = new Uri(simulator.BaseAddress, "portal/js/"), PageTimeout = TimeSpan.FromSeconds(8) };
        options.Makes.Add(Sample.Vehicle.Make);
        return new SampleJsPortalFetcher(PlainHttp.Client, browser.Session, Options.Create(options), TimeProvider.System);
    }
}
