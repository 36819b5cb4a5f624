using static AutoTrack.Oem.OperatingConditions;
using static AutoTrack.Oem.ServiceCodes;
using static AutoTrack.Oem.Testing.Internal.SampleGrid;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Builds what a sample matrix prints from its <see cref="MatrixProfile"/>.</summary>
/// <remarks>Severe usage rows print the operation letter in their own column. Only rows whose operation is the
/// service's usual action are used, because the normalizer (1.0.0) reads the interval and condition columns of
/// such a table but not its operation column.</remarks>
internal static class MatrixSamples
{
    private const string AwdOnly = "AWD models only";

    private static readonly Dictionary<string, SampleCondition> Conditions = new[]
    {
        new SampleCondition("Repeatedly driving short distances", [ShortTrips]) { Letter = "A" },
        new SampleCondition("Extensive engine idling or low speed driving for long distances", [ExtensiveIdling]) { Letter = "B" },
        new SampleCondition("Driving on dusty or rough roads", [DustyRoads, RoughRoads]) { Letter = "C" },
        new SampleCondition("Driving in areas using salt or other corrosive materials", [SaltedRoads]) { Letter = "D" },
        new SampleCondition("Towing a trailer or driving with a heavily loaded vehicle", [HeavyLoad, Towing]) { Letter = "E" },
        new SampleCondition("Driving in heavy traffic in very hot weather", [ExtremeTemperatures, StopAndGo]) { Letter = "F" },
        new SampleCondition("Driving in mountainous areas", [Mountainous]) { Letter = "G" },
        new SampleCondition("Driving as a police car, taxi or commercial vehicle", [CommercialUse]) { Letter = "H" },
    }.ToDictionary(c => c.Letter!, StringComparer.Ordinal);

    public static SampleSchedule Build(string title, MatrixProfile p)
    {
        var s = new List<SampleService>
        {
            new("Engine oil and filter", [OilChange, OilFilter], ServiceAction.Replace, Matrix(7_500)),
        };

        if (p.AirCleanerInspectThenReplace)
        {
            s.Add(new("Air cleaner filter", [EngineAirFilter], ServiceAction.Inspect, Matrix(15_000), Matrix(7_500)));
            s.Add(new("Air cleaner filter", [EngineAirFilter], ServiceAction.Replace, Matrix(15_000)));
        }
        else
        {
            s.Add(new("Air cleaner filter", [EngineAirFilter], ServiceAction.Inspect, Matrix(30_000), Matrix(15_000)));
            s.Add(new("Air cleaner filter", [EngineAirFilter], ServiceAction.Replace, Matrix(30_000)));
        }

        s.Add(new("Climate control air filter", [CabinAirFilter], ServiceAction.Replace, Matrix(p.CabinFilterMiles)));
        s.Add(new("Spark plugs", [SparkPlugs], ServiceAction.Replace, Matrix(p.SparkPlugMiles)));
        s.Add(p.DriveBeltsFirstAt60
            ? new("Drive belts", [DriveBelt], ServiceAction.Inspect, Matrix(15_000), Matrix(60_000))
            : new("Drive belts", [DriveBelt], ServiceAction.Inspect, Matrix(30_000)));
        s.Add(new("Engine coolant", [EngineCoolant], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Brake fluid", [BrakeFluid], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Brake pads and discs", [BrakePads], ServiceAction.Inspect, Matrix(7_500)));
        s.Add(new("Brake lines, hoses and connections", [BrakeLines], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Tires (pressure and tread wear)", [TireInspection], ServiceAction.Inspect, Matrix(7_500)));
        s.Add(new("Exhaust pipe and muffler", [ExhaustSystem], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Steering gear rack, linkage and boots", [SteeringSystem], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Suspension ball joints", [Suspension], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Drive shafts and boots", [DriveShaftBoots], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Air conditioning refrigerant", [AirConditioning], ServiceAction.Inspect, Matrix(15_000)));
        s.Add(new("Fuel lines, fuel hoses and connections", [FuelSystem], ServiceAction.Inspect, Matrix(30_000)));
        if (p.Awd)
        {
            var awd = new Applicability(Drivetrain: Drivetrain.AWD);
            s.Add(new("Rear differential oil", [RearDifferentialFluid], ServiceAction.Replace, Matrix(30_000)) { Applicability = awd, Footnote = AwdOnly });
            s.Add(new("Transfer case oil", [TransferCaseFluid], ServiceAction.Inspect, Matrix(30_000)) { Applicability = awd, Footnote = AwdOnly });
        }

        foreach (var (row, letters) in p.Severe)
        {
            var conditions = letters.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => Conditions[l]).ToList();
            var severe = row switch
            {
                "oil" => new SampleService("Engine oil and filter", [OilChange, OilFilter], ServiceAction.Replace, new ServiceInterval(3_750, 3)),
                "air" => new SampleService("Air cleaner filter", [EngineAirFilter], ServiceAction.Replace, Matrix(7_500)),
                "spark" => new SampleService("Spark plugs", [SparkPlugs], ServiceAction.Replace, Matrix(30_000)),
                "cabin" => new SampleService("Climate control air filter", [CabinAirFilter], ServiceAction.Replace, new ServiceInterval(3_750, 3)),
                "brakes" => new SampleService("Brake pads and discs", [BrakePads], ServiceAction.Inspect, new ServiceInterval(3_750, 3)),
                "shafts" => new SampleService("Drive shafts and boots", [DriveShaftBoots], ServiceAction.Inspect, Matrix(7_500)),
                "differential" => new SampleService("Rear differential oil", [RearDifferentialFluid], ServiceAction.Replace, Matrix(15_000))
                    { Applicability = new Applicability(Drivetrain: Drivetrain.AWD), Footnote = AwdOnly },
                _ => throw new ArgumentException($"Unknown severe row '{row}'.", nameof(p)),
            };
            s.Add(severe with { Conditions = conditions });
        }

        return new SampleSchedule(title, s);
    }
}
