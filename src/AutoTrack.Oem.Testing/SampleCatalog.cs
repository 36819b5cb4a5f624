using AutoTrack.Oem.Testing.Internal;

namespace AutoTrack.Oem.Testing;

/// <summary>
/// The vehicles the simulator serves documents for and what each document prints. Every document is labelled
/// "SAMPLE - not verified OEM data" on every page: the content is invented to exercise the readers and must never
/// be taken for a manufacturer's schedule.
/// </summary>
public sealed class SampleCatalog
{
    /// <summary>Creates a catalog, checking that each document can show what its items mean.</summary>
    /// <exception cref="ArgumentException">A vehicle is listed twice, a style is unknown, a path is not an absolute
    /// ".pdf" path or is reserved for <see cref="BrokenDocumentPaths"/>, vehicles sharing a document disagree about
    /// what it prints, or an item's timing cannot be shown by the document's milestones.</exception>
    public SampleCatalog(IEnumerable<SampleVehicle> vehicles)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        Vehicles = [.. vehicles];
        SampleCatalogRules.Check(Vehicles);
        DocumentPaths = [.. Vehicles.Select(v => v.DocumentPath).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The built-in catalog: Toyota and Lexus models in the milestone-guide style and Hyundai and Kia
    /// models in the matrix style, model years 2020 to 2023.</summary>
    public static SampleCatalog Default { get; } = new(DefaultSamples.Create());

    /// <summary>A synthetic catalog of <paramref name="vehicleCount"/> vehicles (up to 100,000) for scale tests:
    /// five model years per document, both document styles, profiles varied deterministically by
    /// <paramref name="seed"/>. Documents are rendered when first requested.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not between 1 and 100,000.</exception>
    public static SampleCatalog Generate(int vehicleCount, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vehicleCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vehicleCount, 100_000);
        return new SampleCatalog(DefaultSamples.Generate(vehicleCount, seed));
    }

    /// <summary>The vehicles, in catalog order.</summary>
    public IReadOnlyList<SampleVehicle> Vehicles { get; }

    /// <summary>The distinct document paths, in catalog order.</summary>
    public IReadOnlyList<string> DocumentPaths { get; }

    /// <summary>The sample for a vehicle (matched on model year, make and model keys; trim ignored), if any.</summary>
    public SampleVehicle? Find(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return Vehicles.FirstOrDefault(v => v.Vehicle.Year == vehicle.Year
            && string.Equals(v.Vehicle.MakeKey, vehicle.MakeKey, StringComparison.Ordinal)
            && string.Equals(v.Vehicle.ModelKey, vehicle.ModelKey, StringComparison.Ordinal));
    }

    /// <summary>The vehicles printed in one style (<see cref="SampleDocumentStyles"/>).</summary>
    public IReadOnlyList<SampleVehicle> InStyle(string style) =>
        [.. Vehicles.Where(v => string.Equals(v.Style, style, StringComparison.Ordinal))];
}
