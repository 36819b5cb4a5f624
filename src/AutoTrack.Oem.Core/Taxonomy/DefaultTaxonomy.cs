using static AutoTrack.Oem.ServiceAction;
using static AutoTrack.Oem.ServiceCodes;

namespace AutoTrack.Oem;

/// <summary>The data of <see cref="ServiceTaxonomy.Default"/>. docs/taxonomy.md documents the same table.</summary>
internal static class DefaultTaxonomy
{
    public static ServiceTaxonomy Create()
    {
        var wide = IntervalBounds.Default;
        ServiceDefinition Def(string code, string name, ServiceAction action, params string[] synonyms) =>
            new(code, name, action, synonyms) { Bounds = wide };

        ServiceDefinition[] definitions =
        [
            Def(OilChange, "Engine oil", Replace, "engine oil", "motor oil", "oil change", "change oil", "oil", "oil and oil filter change",
                "engine oil change", "oil service", "lube oil", "oil replacement")
                with { Core = true, Bounds = new(1_000, 25_000, 1, 24) },
            Def(OilFilter, "Oil filter", Replace, "oil filter", "engine oil filter", "oil filter element", "oil filter cartridge")
                with { Bounds = new(1_000, 25_000, 1, 24) },
            Def(TireRotation, "Tire rotation", Rotate, "tire rotation", "rotate tire", "rotate the tire", "rotate and balance tire",
                "wheel rotation", "rotate wheel")
                with { Core = true, Bounds = new(3_000, 15_000, 3, 24) },
            Def(TireInspection, "Tires", Inspect, "tire", "tire pressure", "tire inflation pressure", "tire condition", "tire tread",
                "tire wear", "tires and wheels", "tire inflation", "wheel and tire", "spare tire")
                with { SafetyCritical = true, ActionRedirects = new Dictionary<ServiceAction, string> { [Rotate] = TireRotation } },
            Def(WheelAlignment, "Wheel alignment", Inspect, "wheel alignment", "alignment", "front end alignment", "toe in", "wheel balance"),
            Def(WheelLugNuts, "Wheel lug nuts", Tighten, "lug nut", "wheel nut", "lug bolt", "wheel bolt", "wheel lug nut")
                with { SafetyCritical = true },
            Def(EngineAirFilter, "Engine air filter", Replace, "engine air filter", "air cleaner element", "air cleaner filter",
                "air filter", "air filter element", "engine air cleaner", "air cleaner", "intake air filter", "engine air cleaner filter",
                "air cleaner cartridge")
                with { Core = true, Bounds = new(5_000, 100_000, 6, 120) },
            Def(CabinAirFilter, "Cabin air filter", Replace, "cabin air filter", "cabin filter", "dust and pollen filter", "pollen filter",
                "passenger compartment air filter", "passenger compartment filter", "climate control air filter", "air conditioning filter",
                "ac filter", "ac air filter", "air conditioner filter", "microfilter", "micro filter", "interior air filter", "hvac filter",
                "cabin microfilter", "cabin air cleaner", "dust filter", "clean air filter", "cabin air filter element", "particulate filter")
                with { Core = true, Bounds = new(3_000, 60_000, 3, 60) },
            Def(BrakeFluid, "Brake fluid", Replace, "brake fluid", "brake and clutch fluid", "brake clutch fluid", "hydraulic brake fluid",
                "brake system fluid")
                with { SafetyCritical = true, Core = true, Bounds = new(10_000, 150_000, 12, 72) },
            Def(BrakeInspection, "Brakes", Inspect, "brake", "brake system", "brake component", "brakes and brake system",
                "front and rear brake", "brake inspection", "service brake", "brake assembly")
                with { SafetyCritical = true, Core = true, Bounds = new(3_000, 60_000, 3, 48) },
            Def(BrakePads, "Brake pads and rotors", Inspect, "brake pad", "brake pads and disc", "brake pads and rotor", "brake disc",
                "brake rotor", "brake lining", "brake linings and drum", "brake drum", "brake shoe", "disc brake", "drum brake",
                "brake pads and disc rotor", "brake caliper", "pads and rotor", "brake linings and disc")
                with { SafetyCritical = true },
            Def(BrakeLines, "Brake lines and hoses", Inspect, "brake line", "brake hose", "brake lines and hose", "brake tube", "brake pipe",
                "brake pipes and hose", "brake line and connection")
                with { SafetyCritical = true },
            Def(ParkingBrake, "Parking brake", Inspect, "parking brake", "emergency brake", "hand brake", "park brake", "parking brake lining")
                with { SafetyCritical = true },
            Def(EngineCoolant, "Engine coolant", Replace, "engine coolant", "coolant", "antifreeze", "long life coolant", "super long life coolant",
                "cooling system", "engine cooling system", "radiator coolant", "coolant fluid", "engine coolant fluid", "cooling fluid")
                with { Core = true, Bounds = new(10_000, 200_000, 12, 240) },
            Def(CoolingHoses, "Cooling system hoses", Inspect, "radiator hose", "cooling hose", "heater hose", "coolant hose",
                "radiator and heater hose", "cooling system hose", "radiator and condenser"),
            Def(SparkPlugs, "Spark plugs", Replace, "spark plug", "iridium spark plug", "platinum spark plug", "ignition plug",
                "iridium tipped spark plug", "platinum tipped spark plug")
                with { Bounds = new(20_000, 150_000, 12, 180) },
            Def(IgnitionWires, "Spark plug wires", Inspect, "spark plug wire", "ignition wire", "ignition cable", "plug wire",
                "high tension lead", "spark plug cable", "ignition lead"),
            Def(TimingBelt, "Timing belt", Replace, "timing belt", "cam belt", "camshaft drive belt", "camshaft belt", "timing belt and tensioner")
                with { SafetyCritical = true, Bounds = new(30_000, 200_000, 24, 180) },
            Def(DriveBelt, "Drive belt", Inspect, "drive belt", "serpentine belt", "accessory drive belt", "v belt", "accessory belt",
                "fan belt", "poly v belt", "ribbed belt", "engine drive belt", "multi ribbed belt", "belt"),
            Def(ValveClearance, "Valve clearance", Adjust, "valve clearance", "valve lash", "valve adjustment", "engine valve clearance",
                "intake and exhaust valve clearance", "valve"),
            Def(TransmissionFluid, "Transmission fluid", Replace, "transmission fluid", "automatic transmission fluid", "atf", "cvt fluid",
                "cvtf", "transmission oil", "transaxle fluid", "transaxle oil", "manual transmission oil", "manual transmission fluid",
                "transmission", "transaxle", "continuously variable transmission fluid", "dual clutch transmission fluid",
                "automatic transaxle fluid", "manual transaxle oil", "gear oil")
                with { Bounds = new(15_000, 200_000, 12, 240) },
            Def(TransferCaseFluid, "Transfer case fluid", Replace, "transfer case fluid", "transfer case oil", "transfer fluid", "transfer oil",
                "transfer gear oil", "transfer case", "transfer case lubricant", "power transfer unit fluid", "ptu fluid")
                with { Bounds = new(15_000, 200_000, 12, 240) },
            Def(DifferentialFluid, "Differential fluid", Replace, "differential fluid", "differential oil", "differential gear oil",
                "differential", "axle fluid", "axle lubricant", "final drive oil", "final drive fluid", "differential lubricant",
                "rear drive unit fluid", "drive axle fluid")
                with { Bounds = new(15_000, 200_000, 12, 240) },
            Def(FrontDifferentialFluid, "Front differential fluid", Replace, "front differential fluid", "front differential oil",
                "front differential gear oil", "front differential", "front axle fluid", "front axle lubricant", "front drive axle fluid")
                with { Bounds = new(15_000, 200_000, 12, 240) },
            Def(RearDifferentialFluid, "Rear differential fluid", Replace, "rear differential fluid", "rear differential oil",
                "rear differential gear oil", "rear differential", "rear axle fluid", "rear axle lubricant", "rear axle", "rear axle oil",
                "rear drive axle fluid")
                with { Bounds = new(15_000, 200_000, 12, 240) },
            Def(PowerSteeringFluid, "Power steering fluid", Replace, "power steering fluid", "power steering oil", "steering fluid"),
            Def(ClutchFluid, "Clutch fluid", Replace, "clutch fluid", "hydraulic clutch fluid")
                with { Bounds = new(10_000, 150_000, 12, 72) },
            Def(FuelFilter, "Fuel filter", Replace, "fuel filter", "fuel strainer", "fuel filter element", "diesel fuel filter",
                "in line fuel filter", "fuel water separator", "fuel filter cartridge"),
            Def(FuelSystem, "Fuel lines and connections", Inspect, "fuel line", "fuel lines and connection", "fuel system", "fuel hose",
                "fuel tank cap", "fuel cap", "fuel tank", "fuel tank vapor vent system", "fuel lines and hose", "fuel pipe")
                with { SafetyCritical = true },
            Def(FuelAdditive, "Fuel additive", Perform, "fuel additive", "fuel system cleaner", "fuel injector cleaner", "fuel deposit control"),
            Def(EvapSystem, "Evaporative emission system", Inspect, "evaporative emission", "evaporative emission control system",
                "evap system", "evap", "charcoal canister", "vapor canister"),
            Def(PcvValve, "PCV valve", Inspect, "pcv valve", "positive crankcase ventilation", "crankcase ventilation", "pcv",
                "crankcase ventilation hose", "pcv hose"),
            Def(DieselExhaustFluid, "Diesel exhaust fluid", Replace, "diesel exhaust fluid", "def", "adblue", "def fluid"),
            Def(Battery, "Battery", Inspect, "battery", "12 volt battery", "12v battery", "battery terminal", "battery condition",
                "starting battery", "battery and cable"),
            Def(HybridBatteryFilter, "Hybrid battery cooling filter", Clean, "hybrid battery air filter", "hybrid battery cooling filter",
                "hybrid battery intake filter", "traction battery air filter", "hybrid battery cooling air intake filter",
                "hybrid vehicle battery intake"),
            Def(WiperBlades, "Wiper blades", Replace, "wiper blade", "windshield wiper", "wiper insert", "wiper", "wiper rubber",
                "windshield wiper blade", "wiper blade insert"),
            Def(Lights, "Lights", Inspect, "light", "lamp", "exterior light", "headlight", "headlamp", "lighting", "turn signal", "brake light"),
            Def(Suspension, "Suspension", Inspect, "suspension", "steering and suspension", "shock absorber", "strut", "ball joint",
                "ball joints and dust cover", "suspension component", "chassis", "front suspension", "rear suspension", "bushing",
                "control arm", "stabilizer link", "shocks and strut")
                with { SafetyCritical = true },
            Def(SteeringSystem, "Steering system", Inspect, "steering", "steering gear", "steering system", "steering linkage",
                "steering linkage and boot", "tie rod end", "tie rod", "steering gear box", "rack and pinion", "steering component")
                with { SafetyCritical = true },
            Def(DriveShaftBoots, "Drive shaft boots", Inspect, "drive shaft boot", "cv joint boot", "cv boot", "drive shaft", "axle boot",
                "propeller shaft", "propeller shaft and joint", "half shaft", "cv joint", "constant velocity joint", "axle shaft boot",
                "drive shaft and boot"),
            Def(ExhaustSystem, "Exhaust system", Inspect, "exhaust pipe", "exhaust system", "muffler", "exhaust pipes and mounting",
                "exhaust pipes and muffler", "exhaust"),
            Def(AirConditioning, "Air conditioning system", Inspect, "air conditioning", "air conditioning system", "ac system",
                "ac refrigerant", "refrigerant", "air conditioner", "air conditioner refrigerant", "climate control system",
                "ac compressor", "air conditioner cooler refrigerant"),
            Def(BodyLubrication, "Body hinges and locks", Lubricate, "door hinge", "hinges and lock", "hinges latches and lock",
                "body lubrication", "door lock", "hood latch", "hinge", "latch", "weatherstrip", "body component", "body hardware",
                "body fitting", "door check", "body parts"),
            Def(FluidLevels, "Fluid levels", Inspect, "fluid level", "all fluid level", "fluid", "fluids and level", "washer fluid",
                "windshield washer fluid"),
            Def(MultiPointInspection, "Multi-point inspection", Perform, "multi point inspection", "multipoint inspection",
                "vehicle inspection", "general inspection", "courtesy inspection", "maintenance inspection", "safety inspection",
                "multi point vehicle inspection", "inspection"),
        ];

        var compounds = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["oil and filter"] = [OilChange, OilFilter],
            ["engine oil and filter"] = [OilChange, OilFilter],
            ["oil and filter change"] = [OilChange, OilFilter],
            ["engine oil and filter change"] = [OilChange, OilFilter],
            ["motor oil and filter"] = [OilChange, OilFilter],
            ["oil filter change"] = [OilChange, OilFilter],
            ["oil and oil filter"] = [OilChange, OilFilter],
            ["engine oil and oil filter"] = [OilChange, OilFilter],
            ["oil and filter replacement"] = [OilChange, OilFilter],
        };

        return new ServiceTaxonomy(definitions, compounds);
    }
}
