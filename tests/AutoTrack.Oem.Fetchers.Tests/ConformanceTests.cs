using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Our own fetchers pass the conformance kit that third-party plugins run, wired as a host wires them
/// (through the polite HTTP layer).</summary>
public abstract class RegisteredFetcherConformance : FetcherConformanceTests
{
    private readonly List<ServiceProvider> _providers = [];

    protected abstract void Register(IServiceCollection services, OemSimulator simulator);

    protected override MaintenanceFetcher CreateFetcher(OemSimulator simulator)
    {
        var services = new ServiceCollection();
        services.AddOemHttp(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
        });
        Register(services, simulator);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetServices<MaintenanceFetcher>().Single();
    }

    public override async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    internal static void Index(OemPdfSourceOptions options, OemSimulator simulator, string style)
    {
        options.BaseAddress = simulator.BaseAddress;
        foreach (var sample in simulator.Catalog.InStyle(style))
        {
            options.AddDocument(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model, sample.DocumentPath);
        }
    }
}

public sealed class ToyotaWarrantyGuideConformance : RegisteredFetcherConformance
{
    protected override VehicleDescriptor SupportedVehicle => SampleCatalog.Default.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide)[0].Vehicle;

    protected override void Register(IServiceCollection services, OemSimulator simulator) =>
        services.AddToyotaWarrantyGuideFetcher(o => Index(o, simulator, SampleDocumentStyles.ToyotaWarrantyGuide));
}

public sealed class HyundaiMatrixConformance : RegisteredFetcherConformance
{
    protected override VehicleDescriptor SupportedVehicle => SampleCatalog.Default.InStyle(SampleDocumentStyles.HyundaiMatrix)[0].Vehicle;

    protected override void Register(IServiceCollection services, OemSimulator simulator) =>
        services.AddHyundaiMatrixPdfFetcher(o => Index(o, simulator, SampleDocumentStyles.HyundaiMatrix));
}

public sealed class SampleHtmlPortalConformance : RegisteredFetcherConformance
{
    private static readonly SampleVehicle Sample = SampleCatalog.Default.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide)[0];

    protected override VehicleDescriptor SupportedVehicle => Sample.Vehicle;

    protected override void Register(IServiceCollection services, OemSimulator simulator) =>
        services.AddSampleHtmlPortalFetcher(o =>
        {
            o.BaseAddress = new Uri(simulator.BaseAddress, "portal/static/");
            o.Makes.Add(Sample.Vehicle.Make);
        });
}

public sealed class SampleOemApiConformance : RegisteredFetcherConformance
{
    private static readonly SampleVehicle Sample = SampleCatalog.Default.InStyle(SampleDocumentStyles.HyundaiMatrix)[0];

    protected override VehicleDescriptor SupportedVehicle => Sample.Vehicle;

    protected override void Register(IServiceCollection services, OemSimulator simulator) =>
        services.AddSampleOemApiFetcher(o =>
        {
            o.BaseAddress = simulator.BaseAddress;
            o.Authentication.Kind = ApiAuthenticationKind.ApiKey;
            o.Authentication.ApiKey = SimulatedOemApi.ApiKey;
            o.Authentication.ApiKeyHeaderName = SimulatedOemApi.ApiKeyHeader;
            o.Makes.Add(Sample.Vehicle.Make);
        });
}
