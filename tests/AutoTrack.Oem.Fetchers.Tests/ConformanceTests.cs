using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Our own fetchers pass the conformance kit that third-party plugins run.</summary>
public sealed class ToyotaWarrantyGuideConformance : FetcherConformanceTests, IDisposable
{
    private readonly HttpClient _http = new();

    protected override VehicleDescriptor SupportedVehicle => SampleCatalog.Default.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide)[0].Vehicle;

    protected override MaintenanceFetcher CreateFetcher(OemSimulator simulator) =>
        new ToyotaWarrantyGuideFetcher(_http, Options.Create(Index(new ToyotaWarrantyGuideOptions(), simulator, SampleDocumentStyles.ToyotaWarrantyGuide)), TimeProvider.System);

    internal static T Index<T>(T options, OemSimulator simulator, string style)
        where T : OemPdfSourceOptions
    {
        options.BaseAddress = simulator.BaseAddress;
        foreach (var sample in simulator.Catalog.InStyle(style))
        {
            options.AddDocument(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model, sample.DocumentPath);
        }

        return options;
    }

    public void Dispose() => _http.Dispose();
}

public sealed class HyundaiMatrixConformance : FetcherConformanceTests, IDisposable
{
    private readonly HttpClient _http = new();

    protected override VehicleDescriptor SupportedVehicle => SampleCatalog.Default.InStyle(SampleDocumentStyles.HyundaiMatrix)[0].Vehicle;

    protected override MaintenanceFetcher CreateFetcher(OemSimulator simulator) =>
        new HyundaiMatrixPdfFetcher(_http, Options.Create(ToyotaWarrantyGuideConformance.Index(new HyundaiMatrixPdfOptions(), simulator, SampleDocumentStyles.HyundaiMatrix)), TimeProvider.System);

    public void Dispose() => _http.Dispose();
}
