using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The data of <see cref="SampleCatalog.Default"/>: invented schedules that vary deterministically by model and
/// year (oil every 10,000 or 5,000 miles, AWD/4WD-only items, special and severe conditions, coolant first at
/// 100,000 then every 50,000 miles, initial-then-repeat inspections). Not OEM data.</summary>
internal static class DefaultSamples
{
    private const string Guide = SampleDocumentStyles.ToyotaWarrantyGuide;
    private const string Matrix = SampleDocumentStyles.HyundaiMatrix;

    public static IEnumerable<SampleVehicle> Create()
    {
        // Toyota and Lexus: Warranty & Maintenance Guides.
        foreach (var v in Guides("Toyota", "Camry", [2020, 2021], new GuideProfile { CabinFilterMiles = 15_000, CoolantFirstThenRepeat = true, DustyRoads = true, Towing = true }))
        {
            yield return v;
        }

        yield return GuideFor(2022, "Toyota", "Camry", new GuideProfile { CoolantFirstThenRepeat = true, DustyRoads = true, Idling = true });
        yield return GuideFor(2023, "Toyota", "Camry", new GuideProfile { CoolantFirstThenRepeat = true, DustyRoads = true, Idling = true, ShortTrips = true });
        yield return GuideFor(2021, "Toyota", "Corolla", new GuideProfile { CabinFilterMiles = 15_000, DustyRoads = true, ShortTrips = true });
        yield return GuideFor(2022, "Toyota", "Corolla", new GuideProfile { SparkPlugMiles = 60_000, Idling = true });
        yield return GuideFor(2020, "Toyota", "RAV4", new GuideProfile { DriveLine = Drivetrain.AWD, CoolantFirstThenRepeat = true, DustyRoads = true, Towing = true, OffRoad = true });
        foreach (var v in Guides("Toyota", "RAV4", [2021, 2022], new GuideProfile { DriveLine = Drivetrain.AWD, CabinFilterMiles = 15_000, CoolantFirstThenRepeat = true, Towing = true, OffRoad = true }))
        {
            yield return v;
        }

        yield return GuideFor(2021, "Toyota", "Highlander", new GuideProfile { DriveLine = Drivetrain.AWD, Towing = true, Idling = true });
        yield return GuideFor(2023, "Toyota", "Highlander", new GuideProfile { DriveLine = Drivetrain.AWD, SparkPlugMiles = 60_000, Towing = true });
        yield return GuideFor(2020, "Toyota", "Tacoma", new GuideProfile { OilMiles = 5_000, DriveLine = Drivetrain.FourWD, PropellerShaftRetorque = true, Towing = true, DustyRoads = true, OffRoad = true });
        yield return GuideFor(2022, "Toyota", "Tacoma", new GuideProfile { OilMiles = 5_000, DriveLine = Drivetrain.FourWD, SparkPlugMiles = 60_000, Towing = true, OffRoad = true });
        yield return GuideFor(2021, "Lexus", "RX", new GuideProfile { DriveLine = Drivetrain.AWD, CabinFilterMiles = 15_000, CoolantFirstThenRepeat = true, Idling = true });
        yield return GuideFor(2022, "Lexus", "RX", new GuideProfile { DriveLine = Drivetrain.AWD, CoolantFirstThenRepeat = true, DustyRoads = true });
        yield return GuideFor(2022, "Lexus", "ES", new GuideProfile { CabinFilterMiles = 15_000, CoolantFirstThenRepeat = true, ShortTrips = true });
        yield return GuideFor(2023, "Lexus", "ES", new GuideProfile { DustyRoads = true, Idling = true });

        // Hyundai and Kia: maintenance matrices with a severe usage table.
        yield return MatrixFor(2021, "Hyundai", "Elantra", new MatrixProfile
        {
            AirCleanerInspectThenReplace = true,
            Severe = [("oil", "A, B, C, D, E, F"), ("air", "C"), ("brakes", "C, D, G")],
        });
        yield return MatrixFor(2022, "Hyundai", "Elantra", new MatrixProfile
        {
            CabinFilterMiles = 7_500,
            SparkPlugMiles = 45_000,
            Severe = [("oil", "A, B, C, D, E, F, G, H"), ("spark", "A, B, H")],
        });
        foreach (var v in Matrices("Hyundai", "Sonata", [2021, 2022], new MatrixProfile
        {
            DriveBeltsFirstAt60 = true,
            Severe = [("oil", "A, B, C, E, G"), ("cabin", "C, F"), ("brakes", "C, D, G, H")],
        }))
        {
            yield return v;
        }

        yield return MatrixFor(2022, "Hyundai", "Tucson", new MatrixProfile
        {
            Awd = true,
            AirCleanerInspectThenReplace = true,
            Severe = [("oil", "A, B, C, D, E, F, G"), ("differential", "C, E, G"), ("shafts", "C, G")],
        });
        yield return MatrixFor(2023, "Hyundai", "Tucson", new MatrixProfile
        {
            Awd = true,
            SparkPlugMiles = 60_000,
            Severe = [("oil", "A, B, C, D, E, F, G"), ("differential", "C, E, G")],
        });
        yield return MatrixFor(2021, "Hyundai", "Santa Fe", new MatrixProfile
        {
            Awd = true,
            DriveBeltsFirstAt60 = true,
            Severe = [("oil", "A, B, C, E, G"), ("air", "C, E"), ("differential", "C, E")],
        });
        yield return MatrixFor(2023, "Hyundai", "Santa Fe", new MatrixProfile
        {
            Awd = true,
            SparkPlugMiles = 60_000,
            Severe = [("oil", "A, B, C, D, E, F, G, H"), ("spark", "A, B, H"), ("differential", "C, E, G")],
        });
        yield return MatrixFor(2022, "Kia", "Sorento", new MatrixProfile
        {
            Awd = true,
            SparkPlugMiles = 45_000,
            CabinFilterMiles = 7_500,
            Severe = [("oil", "A, B, C, D, E, G"), ("brakes", "C, D, G"), ("differential", "C, E, G")],
        });
        yield return MatrixFor(2021, "Kia", "Sportage", new MatrixProfile
        {
            AirCleanerInspectThenReplace = true,
            Severe = [("oil", "A, B, C, D, E, F"), ("cabin", "C, F")],
        });
        yield return MatrixFor(2023, "Kia", "Sportage", new MatrixProfile
        {
            Awd = true,
            DriveBeltsFirstAt60 = true,
            Severe = [("oil", "A, B, C, D, E, F, G, H"), ("shafts", "C, G"), ("differential", "C, E, G")],
        });
    }

    /// <summary>A large synthetic catalog for scale tests: <paramref name="count"/> vehicles, five model years per
    /// document, alternating Toyota-style guides and Hyundai-style matrices, profiles varied by a seeded generator.</summary>
    public static IEnumerable<SampleVehicle> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var years = new[] { 2019, 2020, 2021, 2022, 2023 };
        var produced = 0;
        for (var model = 1; produced < count; model++)
        {
            var take = years.Take(Math.Min(years.Length, count - produced)).ToArray();
            var name = string.Create(CultureInfo.InvariantCulture, $"Sample {model:D6}");
            var vehicles = model % 2 == 1
                ? Guides(model % 4 == 1 ? "Toyota" : "Lexus", name, take, new GuideProfile
                {
                    OilMiles = random.Next(2) == 0 ? 10_000 : 5_000,
                    CabinFilterMiles = random.Next(2) == 0 ? 15_000 : 30_000,
                    DriveLine = random.Next(3) == 0 ? Drivetrain.AWD : null,
                    CoolantFirstThenRepeat = random.Next(2) == 0,
                    DustyRoads = random.Next(2) == 0,
                    Towing = random.Next(2) == 0,
                })
                : Matrices(model % 4 == 0 ? "Kia" : "Hyundai", name, take, new MatrixProfile
                {
                    SparkPlugMiles = random.Next(2) == 0 ? 45_000 : 60_000,
                    AirCleanerInspectThenReplace = random.Next(2) == 0,
                    Severe = [("oil", "A, B, C")],
                });
            foreach (var vehicle in vehicles)
            {
                produced++;
                yield return vehicle;
            }
        }
    }

    private static SampleVehicle GuideFor(int year, string make, string model, GuideProfile profile) =>
        Guides(make, model, [year], profile).Single();

    private static IEnumerable<SampleVehicle> Guides(string make, string model, int[] years, GuideProfile profile)
    {
        var label = YearsLabel(years);
        var title = string.Equals(make, "Toyota", StringComparison.Ordinal)
            ? $"{label} {model} Warranty & Maintenance Guide \u2014 SAMPLE"
            : $"{label} {make} {model} Warranty & Maintenance Guide \u2014 SAMPLE";
        var schedule = GuideSamples.Build(title, profile);
        var path = $"/{Slug(make)}/wmg/{label}/{Slug(model)}.pdf";
        return years.Select(y => new SampleVehicle(Vehicle(y, make, model), Guide, path, schedule));
    }

    private static SampleVehicle MatrixFor(int year, string make, string model, MatrixProfile profile) =>
        Matrices(make, model, [year], profile).Single();

    private static IEnumerable<SampleVehicle> Matrices(string make, string model, int[] years, MatrixProfile profile)
    {
        var label = YearsLabel(years);
        var schedule = MatrixSamples.Build($"{label} {make} {model} Scheduled Maintenance \u2014 SAMPLE", profile);
        var path = $"/{Slug(make)}/maintenance/{label}/{Slug(model)}.pdf";
        return years.Select(y => new SampleVehicle(Vehicle(y, make, model), Matrix, path, schedule));
    }

    private static VehicleDescriptor Vehicle(int year, string make, string model) =>
        VehicleDescriptor.Create(year, make, model) with { Trim = TrimSelector.All };

    private static string YearsLabel(int[] years) => years.Length == 1
        ? years[0].ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{years.Min()}-{years.Max()}");

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
