namespace AutoTrack.Oem.Tests.Normalization;

/// <summary>Whole documents in the styles of several OEMs (wording representative, numbers illustrative).</summary>
public class OemStyleDocumentTests
{
    [Fact]
    public void Nissan_style_schedule_1_and_schedule_2_become_severe_and_normal_rows()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Engine oil and filter: replace every 5,000 miles (8,000 km) or 6 months", "Schedule 1 - Severe operating conditions"),
            Raw.Text("Engine oil and filter: replace every 7,500 miles (12,000 km) or 12 months", "Schedule 2"),
            Raw.Text("Tire rotation: every 5,000 miles (8,000 km)", "Schedule 1 - Severe operating conditions"),
            Raw.Text("Tire rotation: every 7,500 miles (12,000 km)", "Schedule 2"));

        var oil = schedule.Services.Where(s => s.Code == ServiceCodes.OilChange).ToList();
        Assert.Equal(2, oil.Count);
        Assert.Equal(5_000, oil.Single(s => s.IsSevere).Interval!.Miles);
        Assert.Equal(["severe_unspecified"], oil.Single(s => s.IsSevere).Conditions);
        Assert.Equal(7_500, oil.Single(s => !s.IsSevere).Interval!.Miles);
        Assert.Equal(6, schedule.Services.Count);
        Assert.Empty(schedule.Issues);
    }

    [Fact]
    public void GM_style_oil_life_system_with_fixed_items_beside_it()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Change engine oil and filter when the Change Engine Oil Soon message displays. Change oil at least once a year, even if the Oil Life System has not indicated it."),
            Raw.Text("Rotate tires every 7,500 miles (12,000 km)."),
            Raw.Text("Replace passenger compartment air filter every 22,500 miles (36,000 km), or every 15,000 miles (24,000 km) if driving in areas with heavy traffic, poor air quality, high dust levels or allergens."),
            Raw.Text("Change automatic transmission fluid every 45,000 miles (72,500 km) - severe service only."),
            Raw.Text("Replace spark plugs and inspect spark plug wires every 97,500 miles (157,500 km)."));

        var oil = schedule.Only(ServiceCodes.OilChange);
        Assert.Equal(MonitorKinds.OilLifeMonitor, oil.Monitor!.Kind);
        Assert.Equal(new ServiceInterval(null, 12), oil.Monitor.Cap);
        Assert.Equal(7_500, schedule.Only(ServiceCodes.TireRotation).Interval!.Miles);
        Assert.Equal(97_500, schedule.Only(ServiceCodes.SparkPlugs).Interval!.Miles);
        Assert.True(schedule.Only(ServiceCodes.TransmissionFluid).IsSevere);
        var cabin = schedule.Services.Where(s => s.Code == ServiceCodes.CabinAirFilter).ToList();
        Assert.Equal(22_500, cabin.Single(s => !s.IsSevere).Interval!.Miles);
        var dustyCabin = cabin.Single(s => s.IsSevere);
        Assert.Equal(15_000, dustyCabin.Interval!.Miles);
        Assert.Equal(["dusty_roads", "stop_and_go"], dustyCabin.Conditions);
        Assert.Equal(ServiceAction.Inspect, schedule.Only(ServiceCodes.IgnitionWires).Action);
        Assert.DoesNotContain(schedule.Issues, i => i.Kind is NormalizationIssueKind.ConflictingDuplicate or NormalizationIssueKind.UnitMismatch);
    }

    [Fact]
    public void Ford_style_intelligent_oil_life_monitor_and_special_operating_conditions()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Change engine oil and filter when the message center displays oil change required, not to exceed one year or 10,000 miles (16,000 km)."),
            Raw.Text("Rotate tires, inspect tire wear and measure tread depth at every oil change."),
            Raw.Text("Replace engine air filter every 30,000 miles (48,000 km)."),
            Raw.Text("Change engine oil and filter every 5,000 miles (8,000 km) or 6 months", "Special Operating Conditions / Towing, trailering, using a car-top carrier"),
            Raw.Text("Replace engine air filter as necessary; inspect frequently", "Special Operating Conditions / Extensive idling or low-speed driving for long distances"));

        var oil = schedule.Services.Where(s => s.Code == ServiceCodes.OilChange).ToList();
        Assert.Equal(2, oil.Count);
        Assert.Equal(new ServiceInterval(10_000, 12), oil.Single(s => !s.IsSevere).Monitor!.Cap);
        Assert.Equal(["heavy_load", "towing"], oil.Single(s => s.IsSevere).Conditions);
        Assert.Equal(new ServiceTie(ServiceCodes.OilChange, 1), schedule.Only(ServiceCodes.TireRotation).TiedTo);
        Assert.Equal(30_000, schedule.Services.Single(s => s.Code == ServiceCodes.EngineAirFilter && !s.IsSevere).Interval!.Miles);
    }

    [Fact]
    public void Honda_style_minder_codes_and_independent_items()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Replace engine oil", "Maintenance Minder / Main item A"),
            Raw.Text("Replace engine oil and oil filter; inspect front and rear brakes; check parking brake adjustment", "Maintenance Minder / Main item B"),
            Raw.Text("Replace dust and pollen filter", "Maintenance Minder / Sub item 2"),
            Raw.Text("Replace brake fluid every 3 years, independent of the Maintenance Minder", "Maintenance Minder / Sub item 7"));

        Assert.Equal(MonitorKinds.MaintenanceMinder, schedule.Only(ServiceCodes.CabinAirFilter).Monitor!.Kind);
        Assert.Equal(MonitorKinds.MaintenanceMinder, schedule.Only(ServiceCodes.BrakeInspection).Monitor!.Kind);
        Assert.Equal(ServiceAction.Inspect, schedule.Only(ServiceCodes.ParkingBrake).Action);
        Assert.Equal(new ServiceInterval(null, 36), schedule.Only(ServiceCodes.BrakeFluid).Interval);
        Assert.Equal(1, schedule.Services.Count(s => s.Code == ServiceCodes.OilChange));
    }

    [Fact]
    public void BMW_style_condition_based_service_with_time_items()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Engine oil service: according to the Condition Based Service display"),
            Raw.Text("Brake fluid: replace every 2 years"),
            Raw.Text("Microfilter: replace as indicated by the CBS"));

        Assert.Equal(MonitorKinds.ConditionBasedService, schedule.Only(ServiceCodes.OilChange).Monitor!.Kind);
        Assert.Equal(MonitorKinds.ConditionBasedService, schedule.Only(ServiceCodes.CabinAirFilter).Monitor!.Kind);
        Assert.Equal(24, schedule.Only(ServiceCodes.BrakeFluid).Interval!.Months);
    }

    [Fact]
    public void Subaru_style_matrix_with_severe_footnote()
    {
        var legend = new Dictionary<string, string>
        {
            ["R"] = "Replace",
            ["I"] = "Inspect",
            ["(1)"] = "More frequently when driving in dusty conditions",
        };
        var headers = new[] { "Months 6 / x1,000 miles 6", "Months 12 / x1,000 miles 12", "Months 18 / x1,000 miles 18", "Months 24 / x1,000 miles 24" };
        var schedule = new ScheduleNormalizer().Normalize(Raw.WithLegend(legend,
            Raw.Row("Engine oil", null, [.. headers.Select(h => (h, "R"))]),
            Raw.Row("Air cleaner element", null, (headers[0], "I"), (headers[1], "I"), (headers[2], "I"), (headers[3], "R(1)"))));

        Assert.Equal(new ServiceInterval(6_000, 6), schedule.Only(ServiceCodes.OilChange).Interval);
        var airReplace = schedule.Only(ServiceCodes.EngineAirFilter, ServiceAction.Replace);
        Assert.Equal(24_000, airReplace.Interval!.Miles);
        Assert.Equal(["dusty_roads"], airReplace.Conditions);
        Assert.Equal(6_000, schedule.Only(ServiceCodes.EngineAirFilter, ServiceAction.Inspect).Interval!.Miles);
    }

    [Fact]
    public void Unrecognized_wording_is_kept_flagged_and_counted_per_shape()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Replace engine oil every 10,000 miles"),
            Raw.Text("Recalibrate the flux capacitor every 88,000 miles"),
            Raw.AtMilestone("30,000 miles", "Perform the frobnication procedure"),
            Raw.Row("Quantum widget", null, ("Miles x 1,000 / 15", "R")));

        Assert.Equal(3, schedule.Unrecognized.Count);
        Assert.Equal(1, schedule.Report.UnrecognizedByShape[ScheduleShape.FixedInterval]);
        Assert.Equal(1, schedule.Report.UnrecognizedByShape[ScheduleShape.Milestone]);
        Assert.Equal(1, schedule.Report.UnrecognizedByShape[ScheduleShape.Matrix]);
        Assert.Contains(schedule.Unrecognized, u => u.Text == "Recalibrate the flux capacitor every 88,000 miles");
        Assert.Single(schedule.Services);
    }

    [Fact]
    public void A_recognised_service_without_any_timing_is_kept_and_flagged()
    {
        var schedule = Raw.Normalize("Inspect the exhaust system for leaks");

        Assert.Equal(ServiceCodes.ExhaustSystem, Assert.Single(schedule.Services).Code);
        Assert.Contains(schedule.Issues, i => i.Kind == NormalizationIssueKind.NoInterval);
    }

    [Fact]
    public void Conflicting_duplicates_are_reported()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Replace engine oil every 10,000 miles"),
            Raw.Text("Replace engine oil every 5,000 miles"));

        Assert.Contains(schedule.Issues, i => i.Kind == NormalizationIssueKind.ConflictingDuplicate);
    }

    [Fact]
    public void NormalizedAt_comes_from_the_time_provider()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var schedule = new ScheduleNormalizer(timeProvider: clock).Normalize(Raw.Of(Raw.Text("Rotate tires every 5,000 miles")));

        Assert.Equal(clock.GetUtcNow(), schedule.NormalizedAt);
        Assert.Equal(ScheduleNormalizer.Version, schedule.NormalizerVersion);
    }
}
