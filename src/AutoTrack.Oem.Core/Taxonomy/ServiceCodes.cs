namespace AutoTrack.Oem;

/// <summary>The codes of the canonical service taxonomy (see <see cref="ServiceTaxonomy"/> and docs/taxonomy.md).</summary>
public static class ServiceCodes
{
#pragma warning disable CS1591 // Each constant is its own documentation; docs/taxonomy.md describes them.
    public const string OilChange = "oil_change";
    public const string OilFilter = "oil_filter";
    public const string TireRotation = "tire_rotation";
    public const string TireInspection = "tire_inspection";
    public const string WheelAlignment = "wheel_alignment";
    public const string WheelLugNuts = "wheel_lug_nuts";
    public const string EngineAirFilter = "engine_air_filter";
    public const string CabinAirFilter = "cabin_air_filter";
    public const string BrakeFluid = "brake_fluid";
    public const string BrakeInspection = "brake_inspection";
    public const string BrakePads = "brake_pads";
    public const string BrakeLines = "brake_lines";
    public const string ParkingBrake = "parking_brake";
    public const string EngineCoolant = "engine_coolant";
    public const string CoolingHoses = "cooling_hoses";
    public const string SparkPlugs = "spark_plugs";
    public const string IgnitionWires = "ignition_wires";
    public const string TimingBelt = "timing_belt";
    public const string DriveBelt = "drive_belt";
    public const string ValveClearance = "valve_clearance";
    public const string TransmissionFluid = "transmission_fluid";
    public const string TransferCaseFluid = "transfer_case_fluid";
    public const string DifferentialFluid = "differential_fluid";
    public const string FrontDifferentialFluid = "front_differential_fluid";
    public const string RearDifferentialFluid = "rear_differential_fluid";
    public const string PowerSteeringFluid = "power_steering_fluid";
    public const string ClutchFluid = "clutch_fluid";
    public const string FuelFilter = "fuel_filter";
    public const string FuelSystem = "fuel_system";
    public const string FuelAdditive = "fuel_additive";
    public const string EvapSystem = "evap_system";
    public const string PcvValve = "pcv_valve";
    public const string DieselExhaustFluid = "diesel_exhaust_fluid";
    public const string Battery = "battery";
    public const string HybridBatteryFilter = "hybrid_battery_filter";
    public const string WiperBlades = "wiper_blades";
    public const string Lights = "lights";
    public const string Suspension = "suspension";
    public const string SteeringSystem = "steering_system";
    public const string DriveShaftBoots = "drive_shaft_boots";
    public const string ExhaustSystem = "exhaust_system";
    public const string AirConditioning = "air_conditioning";
    public const string BodyLubrication = "body_lubrication";
    public const string FluidLevels = "fluid_levels";
    public const string MultiPointInspection = "multi_point_inspection";
#pragma warning restore CS1591
}
