using System.Globalization;

namespace AutoTrack.Oem.Tests.Normalization;

/// <summary>
/// A held-out corpus of maintenance-schedule phrasings in the style of US owner's manuals and warranty &amp;
/// maintenance guides, written independently of the normalizer, to measure how well it generalises. Every
/// case compares one canonical description of the expected service with the one the normalizer produced.
/// </summary>
public sealed class UnseenPhrasingTests
{
    // ------------------------------------------------------------------ fixed intervals, units, words

    [Theory]
    [InlineData("Every 5,000 mi: rotate tires", ServiceCodes.TireRotation, ServiceAction.Rotate, 5000, null)]
    [InlineData("Oil & filter change - 7,500 mi/12 mo", ServiceCodes.OilChange, ServiceAction.Replace, 7500, 12)]
    [InlineData("Change engine oil and filter at 5,000-mile intervals", ServiceCodes.OilChange, ServiceAction.Replace, 5000, null)]
    [InlineData("Replace A/C filter every 20,000 miles", ServiceCodes.CabinAirFilter, ServiceAction.Replace, 20000, null)]
    [InlineData("Cabin microfilter: replace every 2 years", ServiceCodes.CabinAirFilter, ServiceAction.Replace, null, 24)]
    [InlineData("Climate control air filter - replace every 15,000 mi", ServiceCodes.CabinAirFilter, ServiceAction.Replace, 15000, null)]
    [InlineData("Inspect air cleaner element every 15,000 mi (24,000 km) or 12 months", ServiceCodes.EngineAirFilter, ServiceAction.Inspect, 15000, 12)]
    [InlineData("Replace brake fluid every 3 years, independent of the Maintenance Minder indication", ServiceCodes.BrakeFluid, ServiceAction.Replace, null, 36)]
    [InlineData("Change brake fluid every two years", ServiceCodes.BrakeFluid, ServiceAction.Replace, null, 24)]
    [InlineData("Replace wiper blades every six months", ServiceCodes.WiperBlades, ServiceAction.Replace, null, 6)]
    [InlineData("Inspect battery condition once a year", ServiceCodes.Battery, ServiceAction.Inspect, null, 12)]
    [InlineData("Check tire pressure and tread depth monthly", ServiceCodes.TireInspection, ServiceAction.Inspect, null, 1)]
    [InlineData("Change the oil every five thousand miles", ServiceCodes.OilChange, ServiceAction.Replace, 5000, null)]
    [InlineData("Inspect front and rear suspension components every 15k miles", ServiceCodes.Suspension, ServiceAction.Inspect, 15000, null)]
    [InlineData("Replace spark plugs every 192,000 km (120,000 miles)", ServiceCodes.SparkPlugs, ServiceAction.Replace, 120000, null)]
    [InlineData("Replace spark plugs every 100,000 km", ServiceCodes.SparkPlugs, ServiceAction.Replace, 62100, null)]
    [InlineData("Replace cabin air filter every 24,000 kms", ServiceCodes.CabinAirFilter, ServiceAction.Replace, 14900, null)]
    [InlineData("Replace ATF every 60,000 miles", ServiceCodes.TransmissionFluid, ServiceAction.Replace, 60000, null)]
    [InlineData("Rear axle lubricant: change every 45,000 miles", ServiceCodes.RearDifferentialFluid, ServiceAction.Replace, 45000, null)]
    [InlineData("Replace PCV valve every 60,000 miles (96,000 km)", ServiceCodes.PcvValve, ServiceAction.Replace, 60000, null)]
    [InlineData("Check DEF level every 7,500 miles", ServiceCodes.DieselExhaustFluid, ServiceAction.Inspect, 7500, null)]
    [InlineData("Adjust valve clearance every 105,000 mi", ServiceCodes.ValveClearance, ServiceAction.Adjust, 105000, null)]
    [InlineData("Timing belt replacement: every 105,000 miles or 7 years", ServiceCodes.TimingBelt, ServiceAction.Replace, 105000, 84)]
    [InlineData("Inspect serpentine belt every 30,000 miles", ServiceCodes.DriveBelt, ServiceAction.Inspect, 30000, null)]
    [InlineData("Replace transfer case fluid every 5 years or 60,000 miles", ServiceCodes.TransferCaseFluid, ServiceAction.Replace, 60000, 60)]
    [InlineData("Every 12 months or 12,000 miles, whichever occurs first, inspect the exhaust system", ServiceCodes.ExhaustSystem, ServiceAction.Inspect, 12000, 12)]
    [InlineData("Coolant: drain & refill every 5 yrs/100,000 mi", ServiceCodes.EngineCoolant, ServiceAction.Replace, 100000, 60)]
    [InlineData("Clean the hybrid battery cooling air intake filter every 20,000 miles", ServiceCodes.HybridBatteryFilter, ServiceAction.Clean, 20000, null)]
    public void Fixed_interval(string text, string code, ServiceAction action, int? miles, int? months)
    {
        var service = Find(Raw.Normalize(text), code, action);
        Same(text,
            Describe(code, action, Interval(miles, months), null, null, null, [], null),
            Describe(service, withApplicability: false));
    }

    // ------------------------------------------------------------------ initial, then repeat / one time

    [Theory]
    [InlineData("Replace engine coolant at first 100,000 miles (160,000 km), then every 50,000 miles (80,000 km)", ServiceCodes.EngineCoolant, ServiceAction.Replace, 100000, null, 50000, null)]
    [InlineData("Replace engine coolant at 10 years or 120,000 miles, then every 5 years or 60,000 miles", ServiceCodes.EngineCoolant, ServiceAction.Replace, 120000, 120, 60000, 60)]
    [InlineData("Engine coolant: initially replace at 120,000 miles or 120 months, after that replace every 30,000 miles or 24 months", ServiceCodes.EngineCoolant, ServiceAction.Replace, 120000, 120, 30000, 24)]
    [InlineData("Subaru Super Coolant: replace first at 11 years or 137,500 miles, then every 6 years or 75,000 miles", ServiceCodes.EngineCoolant, ServiceAction.Replace, 137500, 132, 75000, 72)]
    [InlineData("Brake fluid: change first after 3 years, then every 2 years", ServiceCodes.BrakeFluid, ServiceAction.Replace, null, 36, null, 24)]
    [InlineData("Replace spark plugs initially at 60,000 miles and every 30,000 miles thereafter", ServiceCodes.SparkPlugs, ServiceAction.Replace, 60000, null, 30000, null)]
    [InlineData("Inspect valve clearance at 45,000 miles, and every 30,000 miles after that", ServiceCodes.ValveClearance, ServiceAction.Inspect, 45000, null, 30000, null)]
    [InlineData("One-time only: change rear differential fluid at 1,500 miles", ServiceCodes.RearDifferentialFluid, ServiceAction.Replace, 1500, null, null, null)]
    public void Initial_then_repeat(string text, string code, ServiceAction action, int? firstMiles, int? firstMonths, int? miles, int? months)
    {
        var service = Find(Raw.Normalize(text), code, action);
        Same(text,
            Describe(code, action, Interval(miles, months), Interval(firstMiles, firstMonths), null, null, [], null),
            Describe(service, withApplicability: false));
    }

    // ------------------------------------------------------------------ onboard monitors

    [Theory]
    [InlineData("Change engine oil and filter when the Oil Life System indicates, or at least once a year", null, ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.OilLifeMonitor, null, 12)]
    [InlineData("Change engine oil and filter as indicated by the Intelligent Oil-Life Monitor, not to exceed 1 year or 10,000 miles", null, ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.OilLifeMonitor, 10000, 12)]
    [InlineData("Replace engine oil when the Maintenance Minder indicates (code A)", "Maintenance Minder", ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.MaintenanceMinder, null, null)]
    [InlineData("Rotate tires (Maintenance Minder sub-item 1)", null, ServiceCodes.TireRotation, ServiceAction.Rotate, MonitorKinds.MaintenanceMinder, null, null)]
    [InlineData("Maintenance Minder code 4: replace dust and pollen filter", null, ServiceCodes.CabinAirFilter, ServiceAction.Replace, MonitorKinds.MaintenanceMinder, null, null)]
    [InlineData("Engine oil: change according to Condition Based Service (CBS), at least every 2 years", null, ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.ConditionBasedService, null, 24)]
    [InlineData("Microfilter replacement as indicated by the Condition Based Service display", null, ServiceCodes.CabinAirFilter, ServiceAction.Replace, MonitorKinds.ConditionBasedService, null, null)]
    [InlineData("Replace engine oil and filter as indicated by the ASSYST PLUS service interval display", null, ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.FlexibleService, null, null)]
    [InlineData("Flexible Service System: engine oil change, max. 10,000 miles or 1 year", null, ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.FlexibleService, 10000, 12)]
    [InlineData("Oil change service per service interval indicator, at least every 10,000 miles or 1 year", null, ServiceCodes.OilChange, ServiceAction.Replace, MonitorKinds.ServiceIndicator, 10000, 12)]
    public void Monitor_driven(string text, string? section, string code, ServiceAction action, string kind, int? capMiles, int? capMonths)
    {
        var service = Find(Raw.Normalize(text, section), code, action);
        var cap = capMiles is null && capMonths is null ? null : Interval(capMiles, capMonths);
        Same(text,
            Describe(code, action, null, null, new ServiceMonitor(kind, cap), null, [], null),
            Describe(service, withApplicability: false));
    }

    // ------------------------------------------------------------------ tied to another service

    [Theory]
    [InlineData("Replace oil filter at every other oil change", ServiceCodes.OilFilter, ServiceAction.Replace, ServiceCodes.OilChange, 2)]
    [InlineData("Replace oil filter every second oil change", ServiceCodes.OilFilter, ServiceAction.Replace, ServiceCodes.OilChange, 2)]
    [InlineData("Rotate tires every other oil change", ServiceCodes.TireRotation, ServiceAction.Rotate, ServiceCodes.OilChange, 2)]
    [InlineData("Check the wiper blades at each oil change", ServiceCodes.WiperBlades, ServiceAction.Inspect, ServiceCodes.OilChange, 1)]
    [InlineData("Lubricate body components at each oil change", ServiceCodes.BodyLubrication, ServiceAction.Lubricate, ServiceCodes.OilChange, 1)]
    [InlineData("Perform multi-point inspection at every oil change", ServiceCodes.MultiPointInspection, ServiceAction.Perform, ServiceCodes.OilChange, 1)]
    [InlineData("Inspect brake system with every tire rotation", ServiceCodes.BrakeInspection, ServiceAction.Inspect, ServiceCodes.TireRotation, 1)]
    [InlineData("Check tire wear and pressure each time tires are rotated", ServiceCodes.TireInspection, ServiceAction.Inspect, ServiceCodes.TireRotation, 1)]
    public void Tied(string text, string code, ServiceAction action, string tieCode, int every)
    {
        var service = Find(Raw.Normalize(text), code, action);
        Same(text,
            Describe(code, action, null, null, null, new ServiceTie(tieCode, every), [], null),
            Describe(service, withApplicability: false));
    }

    // ------------------------------------------------------------------ severe / special operating conditions

    [Theory]
    [InlineData("Replace engine oil and filter every 5,000 miles or 6 months", "Special Operating Conditions / Towing a trailer, using a camper or car top carrier", ServiceCodes.OilChange, ServiceAction.Replace, 5000, 6, "heavy_load,towing")]
    [InlineData("Replace engine air filter every 15,000 miles", "Special Operating Conditions / Driving on dirt roads or dusty roads", ServiceCodes.EngineAirFilter, ServiceAction.Replace, 15000, null, "dusty_roads")]
    [InlineData("Extensive idling or low-speed driving for long distances, as in taxi or police use: change engine oil and filter every 5,000 miles or 6 months", null, ServiceCodes.OilChange, ServiceAction.Replace, 5000, 6, "commercial_use,extensive_idling")]
    [InlineData("Repeated short trips of less than 5 miles: replace engine oil every 3,750 miles or 3 months", "Severe Driving Conditions", ServiceCodes.OilChange, ServiceAction.Replace, 3750, 3, "short_trips")]
    [InlineData("Replace engine oil and filter every 3,750 miles or 6 months", "Maintenance Under Severe Usage Conditions", ServiceCodes.OilChange, ServiceAction.Replace, 3750, 6, "severe_unspecified")]
    [InlineData("Change oil and filter every 4,000 miles if using your vehicle in dusty or off-road conditions, trailer towing or extensive idling", "Severe Duty All Models", ServiceCodes.OilChange, ServiceAction.Replace, 4000, null, "dusty_roads,extensive_idling,off_road,towing")]
    [InlineData("Replace spark plugs every 30,000 miles", "Schedule 1", ServiceCodes.SparkPlugs, ServiceAction.Replace, 30000, null, "severe_unspecified")]
    [InlineData("Operating in extremely hot (over 90°F) or cold (below 0°F) climates: change automatic transmission fluid every 30,000 miles", null, ServiceCodes.TransmissionFluid, ServiceAction.Replace, 30000, null, "extreme_temperatures")]
    [InlineData("Frequent driving on hilly or mountainous roads: replace brake fluid every 30,000 miles or 24 months", null, ServiceCodes.BrakeFluid, ServiceAction.Replace, 30000, 24, "mountainous")]
    [InlineData("Vehicles driven on roads where salt or other corrosive materials are used: lubricate door hinges, locks and latches every 6 months", null, ServiceCodes.BodyLubrication, ServiceAction.Lubricate, null, 6, "salted_roads")]
    public void Severe_condition(string text, string? section, string code, ServiceAction action, int? miles, int? months, string conditions)
    {
        var service = Find(Raw.Normalize(text, section), code, action);
        Same(text,
            Describe(code, action, Interval(miles, months), null, null, null, conditions.Split(','), null),
            Describe(service, withApplicability: false));
    }

    // ------------------------------------------------------------------ applicability

    [Theory]
    [InlineData("AWD models: replace rear differential fluid every 30,000 miles", ServiceCodes.RearDifferentialFluid, ServiceAction.Replace, 30000, null, null, Drivetrain.AWD, null, false)]
    [InlineData("4WD: change transfer case fluid every 60,000 miles", ServiceCodes.TransferCaseFluid, ServiceAction.Replace, 60000, null, null, Drivetrain.FourWD, null, false)]
    [InlineData("All-wheel drive: inspect transfer case fluid every 15,000 miles", ServiceCodes.TransferCaseFluid, ServiceAction.Inspect, 15000, null, null, Drivetrain.AWD, null, false)]
    [InlineData("Rear-wheel drive models: change rear axle fluid every 100,000 miles", ServiceCodes.RearDifferentialFluid, ServiceAction.Replace, 100000, null, null, Drivetrain.RWD, null, false)]
    [InlineData("2.5L engine: replace spark plugs every 60,000 miles", ServiceCodes.SparkPlugs, ServiceAction.Replace, 60000, null, "2.5L", null, null, false)]
    [InlineData("3.5L V6 engine: replace spark plugs every 105,000 miles", ServiceCodes.SparkPlugs, ServiceAction.Replace, 105000, null, "3.5L V6", null, null, false)]
    [InlineData("Replace fuel filter every 30,000 miles (diesel engines)", ServiceCodes.FuelFilter, ServiceAction.Replace, 30000, null, "diesel", null, null, false)]
    [InlineData("Inspect CVT fluid every 30,000 miles (models with CVT)", ServiceCodes.TransmissionFluid, ServiceAction.Inspect, 30000, null, null, null, TransmissionKind.CVT, false)]
    [InlineData("Manual transmission fluid: replace every 60,000 miles", ServiceCodes.TransmissionFluid, ServiceAction.Replace, 60000, null, null, null, TransmissionKind.Manual, false)]
    [InlineData("Replace front differential fluid every 30,000 miles (if equipped)", ServiceCodes.FrontDifferentialFluid, ServiceAction.Replace, 30000, null, null, null, null, true)]
    [InlineData("Replace fuel filter, if so equipped, every 60,000 mi", ServiceCodes.FuelFilter, ServiceAction.Replace, 60000, null, null, null, null, true)]
    public void Applies_to(string text, string code, ServiceAction action, int? miles, int? months, string? engine, Drivetrain? drivetrain, TransmissionKind? transmission, bool ifEquipped)
    {
        var service = Find(Raw.Normalize(text), code, action);
        Same(text,
            Describe(code, action, Interval(miles, months), null, null, null, [], new Applicability(engine, drivetrain, transmission, ifEquipped)),
            Describe(service, withApplicability: true));
    }

    // ------------------------------------------------------------------ helpers

    private static void Same(string text, string expected, string actual) =>
        Assert.True(expected == actual, $"\"{text}\"\n  expected: {expected}\n  actual:   {actual}");

    private static ServiceInterval? Interval(int? miles, int? months) =>
        miles is null && months is null ? null : new ServiceInterval(miles, months);

    private static ScheduleService Find(NormalizedSchedule schedule, string code, ServiceAction action)
    {
        var matches = schedule.Services.Where(s => s.Code == code && s.Action == action).ToList();
        if (matches.Count != 1)
        {
            Assert.Fail(
                $"expected one {action.Code()} {code}, found {matches.Count}. Services: [{string.Join("; ", schedule.Services.Select(s => Describe(s, true)))}]"
                + $" Unrecognized: [{string.Join("; ", schedule.Unrecognized.Select(u => u.Text + " (" + u.Reason + ")"))}]");
        }

        return matches[0];
    }

    private static string Describe(ScheduleService s, bool withApplicability) =>
        Describe(s.Code, s.Action, s.Interval, s.Initial, s.Monitor, s.TiedTo, s.Conditions, withApplicability ? s.Applicability : null);

    private static string Describe(
        string code,
        ServiceAction action,
        ServiceInterval? interval,
        ServiceInterval? initial,
        ServiceMonitor? monitor,
        ServiceTie? tie,
        IEnumerable<string> conditions,
        Applicability? applicability)
    {
        var parts = new List<string>
        {
            $"{action.Code()} {code}",
            "every=" + Format(interval),
            "first=" + Format(initial),
            "monitor=" + (monitor is null ? "-" : monitor.Kind + " cap " + Format(monitor.Cap)),
            "tie=" + (tie is null ? "-" : tie.Code + " x" + tie.Every.ToString(CultureInfo.InvariantCulture)),
            "cond=" + (conditions.Any() ? string.Join(',', conditions.Order(StringComparer.Ordinal)) : "-"),
        };
        if (applicability is not null)
        {
            parts.Add("applies=" + applicability.Key);
        }

        return string.Join(" | ", parts);
    }

    private static string Format(ServiceInterval? interval) => interval is null
        ? "-"
        : (interval.Miles is { } mi ? mi.ToString(CultureInfo.InvariantCulture) : "?") + "mi/"
          + (interval.Months is { } mo ? mo.ToString(CultureInfo.InvariantCulture) : "?") + "mo";
}
