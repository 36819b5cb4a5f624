namespace AutoTrack.Oem.Tests.Normalization;

public class ApplicabilityTests
{
    [Theory]
    [InlineData("Replace rear differential oil every 30,000 miles (AWD models only)", "rear_differential_fluid", null, Drivetrain.AWD, null, false)]
    [InlineData("Replace transfer case fluid every 60,000 miles on 4x4 models", "transfer_case_fluid", null, Drivetrain.FourWD, null, false)]
    [InlineData("Four-wheel drive: replace front differential fluid every 45,000 miles", "front_differential_fluid", null, Drivetrain.FourWD, null, false)]
    [InlineData("Replace spark plugs every 60,000 miles (2.5L engine)", "spark_plugs", "2.5L", null, null, false)]
    [InlineData("3.5 L V6: replace spark plugs every 105,000 miles", "spark_plugs", "3.5L V6", null, null, false)]
    [InlineData("Replace manual transmission oil every 60,000 miles", "transmission_fluid", null, null, TransmissionKind.Manual, false)]
    [InlineData("Replace transmission fluid every 60,000 miles on vehicles with a CVT", "transmission_fluid", null, null, TransmissionKind.CVT, false)]
    [InlineData("Manual transmission models: replace clutch fluid every 3 years", "clutch_fluid", null, null, TransmissionKind.Manual, false)]
    [InlineData("Replace fuel filter every 30,000 miles, if equipped", "fuel_filter", null, null, null, true)]
    [InlineData("Turbocharged engines: replace spark plugs every 40,000 miles", "spark_plugs", "turbo", null, null, false)]
    [InlineData("Replace engine air filter every 30,000 miles (except hybrid)", "engine_air_filter", null, null, null, false)]
    [InlineData("Hybrid models: clean the hybrid battery air filter every 20,000 miles", "hybrid_battery_filter", "hybrid", null, null, false)]
    public void Applicability_is_read_from_the_wording(string text, string code, string? engine, Drivetrain? drivetrain, TransmissionKind? transmission, bool ifEquipped)
    {
        var service = Raw.Normalize(text).Only(code);

        Assert.Equal(new Applicability(engine, drivetrain, transmission, ifEquipped), service.Applicability);
    }

    [Fact]
    public void Section_applicability_applies_to_its_items()
    {
        var service = Raw.Normalize("Replace rear differential fluid every 30,000 miles", "AWD models").Only(ServiceCodes.RearDifferentialFluid);

        Assert.Equal(Drivetrain.AWD, service.Applicability.Drivetrain);
    }

    [Fact]
    public void Manual_and_automatic_transmission_fluids_are_separate_services()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Replace manual transmission oil every 60,000 miles"),
            Raw.Text("Replace automatic transmission fluid every 90,000 miles"));

        var fluids = schedule.Services.Where(s => s.Code == ServiceCodes.TransmissionFluid).ToList();
        Assert.Equal(TransmissionKind.Manual, fluids.Single(s => s.Interval!.Miles == 60_000).Applicability.Transmission);
        Assert.Equal(TransmissionKind.Automatic, fluids.Single(s => s.Interval!.Miles == 90_000).Applicability.Transmission);
        Assert.Empty(schedule.Issues);
    }

    [Fact]
    public void Applicability_is_part_of_identity()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Replace spark plugs every 60,000 miles (2.5L engine)"),
            Raw.Text("Replace spark plugs every 120,000 miles (3.5L V6 engine)"));

        Assert.Equal(2, schedule.Services.Count(s => s.Code == ServiceCodes.SparkPlugs));
        Assert.Empty(schedule.Issues);
    }

    [Fact]
    public void AppliesTo_matches_what_the_vehicle_states()
    {
        var awdOnly = new Applicability(Drivetrain: Drivetrain.AWD);
        var car = VehicleDescriptor.Create(2021, "Subaru", "Outback");

        Assert.True(awdOnly.AppliesTo(car with { Drivetrain = Drivetrain.AWD }));
        Assert.False(awdOnly.AppliesTo(car with { Drivetrain = Drivetrain.FWD }));
        Assert.True(awdOnly.AppliesTo(car));
    }
}
