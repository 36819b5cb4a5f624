using AutoTrack.Oem.Testing;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Fetchers pointed at a simulator, with the document index filled from its catalog.</summary>
internal static class TestFetchers
{
    private static readonly HttpClient SharedHttp = new();

    public static ToyotaWarrantyGuideFetcher Toyota(OemSimulator simulator, Action<ToyotaWarrantyGuideOptions>? adjust = null, TimeProvider? time = null)
    {
        var options = new ToyotaWarrantyGuideOptions { BaseAddress = simulator.BaseAddress };
        Index(options, simulator.Catalog, SampleDocumentStyles.ToyotaWarrantyGuide);
        adjust?.Invoke(options);
        return new ToyotaWarrantyGuideFetcher(SharedHttp, Options.Create(options), time ?? TimeProvider.System);
    }

    public static HyundaiMatrixPdfFetcher Hyundai(OemSimulator simulator, Action<HyundaiMatrixPdfOptions>? adjust = null, TimeProvider? time = null)
    {
        var options = new HyundaiMatrixPdfOptions { BaseAddress = simulator.BaseAddress };
        Index(options, simulator.Catalog, SampleDocumentStyles.HyundaiMatrix);
        adjust?.Invoke(options);
        return new HyundaiMatrixPdfFetcher(SharedHttp, Options.Create(options), time ?? TimeProvider.System);
    }

    public static MaintenanceFetcher For(OemSimulator simulator, string style) => style switch
    {
        SampleDocumentStyles.ToyotaWarrantyGuide => Toyota(simulator),
        SampleDocumentStyles.HyundaiMatrix => Hyundai(simulator),
        _ => throw new ArgumentException(style, nameof(style)),
    };

    /// <summary>The document index as an application would configure it: one entry per catalog vehicle.</summary>
    public static void Index(OemPdfSourceOptions options, SampleCatalog catalog, string style)
    {
        foreach (var sample in catalog.InStyle(style))
        {
            options.AddDocument(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model, sample.DocumentPath);
        }
    }

    public static SampleVehicle Sample(int year, string make, string model) =>
        SampleCatalog.Default.Find(VehicleDescriptor.Create(year, make, model)) ?? throw new ArgumentException($"No sample {year} {make} {model}.");

    public static TheoryData<int, string, string> SamplesInStyle(string style)
    {
        var data = new TheoryData<int, string, string>();
        foreach (var sample in SampleCatalog.Default.InStyle(style))
        {
            data.Add(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model);
        }

        return data;
    }
}
