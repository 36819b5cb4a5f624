using static AutoTrack.Oem.OperatingConditions;
using static AutoTrack.Oem.ServiceCodes;
using static AutoTrack.Oem.Testing.Internal.SampleGrid;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Builds what a sample milestone guide prints from its <see cref="GuideProfile"/>.</summary>
internal static class GuideSamples
{
    private static readonly SampleCondition DirtRoads = new("Driving on dirt roads or dusty roads", [DustyRoads]);
    private static readonly SampleCondition TowingOrLoads = new("Towing, using a car-top carrier or heavy vehicle loading", [HeavyLoad, Towing]);
    private static readonly SampleCondition Idling = new("Extensive idling or low-speed driving for long distances", [ExtensiveIdling]);
    private static readonly SampleCondition FreezingShortTrips = new("Repeated short trips in below-freezing temperatures", [ExtremeTemperatures, ShortTrips]);
    private static readonly SampleCondition OffRoadDriving = new("Off-road driving", [OffRoad]);

    private const string OilAndFilter = "Replace engine oil and oil filter";
    private const string BrakeLinings = "Inspect brake linings/drums and brake pads/discs";

    public static SampleSchedule Build(string title, GuideProfile p)
    {
        var s = new List<SampleService>
        {
            new("Rotate tires", [TireRotation], ServiceAction.Rotate, Guide(5_000)),
            new(OilAndFilter, [OilChange, OilFilter], ServiceAction.Replace, Guide(p.OilMiles)),
            new("Inspect all fluid levels", [FluidLevels], ServiceAction.Inspect, Guide(5_000)),
            new("Inspect wiper blades", [WiperBlades], ServiceAction.Inspect, Guide(10_000)),
            new(BrakeLinings, [BrakePads], ServiceAction.Inspect, Guide(15_000)),
            new("Inspect brake lines and hoses", [BrakeLines], ServiceAction.Inspect, Guide(15_000)),
            new("Inspect ball joints and dust covers", [Suspension], ServiceAction.Inspect, Guide(15_000)),
            new("Inspect drive shaft boots", [DriveShaftBoots], ServiceAction.Inspect, Guide(15_000)),
            new("Inspect exhaust pipes and mountings", [ExhaustSystem], ServiceAction.Inspect, Guide(15_000)),
            new("Inspect steering linkage and boots", [SteeringSystem], ServiceAction.Inspect, Guide(15_000)),
            new("Replace cabin air filter", [CabinAirFilter], ServiceAction.Replace, Guide(p.CabinFilterMiles)),
            new("Replace engine air filter", [EngineAirFilter], ServiceAction.Replace, Guide(30_000)),
            new("Inspect fuel lines and connections", [FuelSystem], ServiceAction.Inspect, Guide(30_000)),
            new("Replace spark plugs", [SparkPlugs], ServiceAction.Replace, Guide(p.SparkPlugMiles)),
        };

        s.Add(p.CoolantFirstThenRepeat
            ? new SampleService("Replace engine coolant: first at 100,000 miles, then every 50,000 miles", [EngineCoolant], ServiceAction.Replace,
                new ServiceInterval(50_000, null), new ServiceInterval(100_000, null)) { WordingStatesTiming = true }
            : new SampleService("Inspect engine coolant", [EngineCoolant], ServiceAction.Inspect, Guide(30_000)));

        if (p.DriveLine == Drivetrain.AWD)
        {
            var awd = new Applicability(Drivetrain: Drivetrain.AWD);
            s.Add(new("Replace rear differential oil (AWD models)", [RearDifferentialFluid], ServiceAction.Replace, Guide(30_000)) { Applicability = awd });
        }

        if (p.DriveLine == Drivetrain.FourWD)
        {
            var fourWd = new Applicability(Drivetrain: Drivetrain.FourWD);
            s.Add(new("Replace transfer case oil (4WD models)", [TransferCaseFluid], ServiceAction.Replace, Guide(30_000)) { Applicability = fourWd });
            s.Add(new("Replace front differential oil (4WD models)", [FrontDifferentialFluid], ServiceAction.Replace, Guide(30_000)) { Applicability = fourWd });
            if (p.PropellerShaftRetorque)
            {
                s.Add(new("Re-torque propeller shaft bolts (4WD models)", [DriveShaftBoots], ServiceAction.Tighten, null, Guide(15_000)) { Applicability = fourWd });
            }
        }

        var oilIsLong = p.OilMiles > 5_000;
        if (p.DustyRoads)
        {
            s.Add(Special("Inspect engine air filter", [EngineAirFilter], ServiceAction.Inspect, 5_000, DirtRoads));
            s.Add(Special(BrakeLinings, [BrakePads], ServiceAction.Inspect, 5_000, DirtRoads));
        }

        if (p.Towing)
        {
            if (oilIsLong)
            {
                s.Add(Special(OilAndFilter, [OilChange, OilFilter], ServiceAction.Replace, 5_000, TowingOrLoads));
            }

            s.Add(p.DriveLine == Drivetrain.AWD
                ? Special("Replace rear differential oil (AWD models)", [RearDifferentialFluid], ServiceAction.Replace, 15_000, TowingOrLoads)
                    with { Applicability = new Applicability(Drivetrain: Drivetrain.AWD) }
                : Special("Replace differential oil", [DifferentialFluid], ServiceAction.Replace, 15_000, TowingOrLoads));
        }

        if (p.Idling && oilIsLong)
        {
            s.Add(Special(OilAndFilter, [OilChange, OilFilter], ServiceAction.Replace, 5_000, Idling));
        }

        if (p.ShortTrips && oilIsLong)
        {
            s.Add(Special(OilAndFilter, [OilChange, OilFilter], ServiceAction.Replace, 5_000, FreezingShortTrips));
        }

        if (p.OffRoad)
        {
            s.Add(Special("Inspect drive shaft boots", [DriveShaftBoots], ServiceAction.Inspect, 5_000, OffRoadDriving));
            s.Add(Special("Inspect ball joints and dust covers", [Suspension], ServiceAction.Inspect, 5_000, OffRoadDriving));
        }

        return new SampleSchedule(title, s);
    }

    private static SampleService Special(string wording, IReadOnlyList<string> codes, ServiceAction action, int miles, SampleCondition condition) =>
        new(wording, codes, action, Guide(miles)) { Conditions = [condition] };
}
