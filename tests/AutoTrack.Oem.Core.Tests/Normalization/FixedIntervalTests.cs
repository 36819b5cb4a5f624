namespace AutoTrack.Oem.Tests.Normalization;

public class FixedIntervalTests
{
    [Theory]
    [InlineData("Replace engine oil every 10,000 miles or 12 months, whichever comes first.", "oil_change", "replace", 10000, 12)]
    [InlineData("Rotate tires every 7,500 miles.", "tire_rotation", "rotate", 7500, null)]
    [InlineData("Tire rotation: every 6,000 mi / 6 mo", "tire_rotation", "rotate", 6000, 6)]
    [InlineData("Replace cabin air filter every 15,000 miles or 1 year", "cabin_air_filter", "replace", 15000, 12)]
    [InlineData("Replace dust and pollen filter every 2 years or 20,000 miles", "cabin_air_filter", "replace", 20000, 24)]
    [InlineData("Passenger compartment air filter - replace at 22,500-mile intervals", "cabin_air_filter", "replace", 22500, null)]
    [InlineData("Change the brake fluid every 3 years regardless of mileage", "brake_fluid", "replace", null, 36)]
    [InlineData("Replace brake fluid every 36 months", "brake_fluid", "replace", null, 36)]
    [InlineData("Engine air filter: replace every 30k miles", "engine_air_filter", "replace", 30000, null)]
    [InlineData("Replace air cleaner element every 45,000 miles.", "engine_air_filter", "replace", 45000, null)]
    [InlineData("Replace spark plugs every 100,000 miles", "spark_plugs", "replace", 100000, null)]
    [InlineData("Replace iridium-tipped spark plugs at 120,000 miles", "spark_plugs", "replace", 120000, null)]
    [InlineData("Inspect drive belts every 15,000 mi or 18 mos.", "drive_belt", "inspect", 15000, 18)]
    [InlineData("Check tire pressure monthly", "tire_inspection", "inspect", null, 1)]
    [InlineData("Inspect the battery annually", "battery", "inspect", null, 12)]
    [InlineData("Replace wiper blades every six months", "wiper_blades", "replace", null, 6)]
    [InlineData("Replace the serpentine belt every 100,000 miles or 10 years", "drive_belt", "replace", 100000, 120)]
    [InlineData("Timing belt — replace every 105,000 miles (168,000 km) or 84 months", "timing_belt", "replace", 105000, 84)]
    [InlineData("REPLACE ENGINE COOLANT EVERY 5 YEARS OR 60,000 MILES", "engine_coolant", "replace", 60000, 60)]
    [InlineData("Every 12 months or 7,500 miles: lubricate door hinges", "body_lubrication", "lubricate", 7500, 12)]
    [InlineData("Replace fuel filter every 40,000 miles (diesel)", "fuel_filter", "replace", 40000, null)]
    [InlineData("Tyres: rotate every 10 000 km", "tire_rotation", "rotate", 6200, null)]
    [InlineData("Inspect brake pads and rotors every 12,500 miles", "brake_pads", "inspect", 12500, null)]
    [InlineData("Replace automatic transmission fluid every 60,000 miles", "transmission_fluid", "replace", 60000, null)]
    public void Reads_code_action_and_interval(string text, string code, string action, int? miles, int? months)
    {
        var service = Raw.Normalize(text).Only(code);

        Assert.Equal(action, service.Action.Code());
        Assert.Equal(new ServiceInterval(miles, months), service.Interval);
        Assert.Null(service.Initial);
        Assert.Null(service.Monitor);
        Assert.Empty(service.Conditions);
    }

    [Fact]
    public void Engine_oil_and_filter_are_two_services_with_the_same_interval()
    {
        var schedule = Raw.Normalize("Replace engine oil and oil filter every 10,000 miles or 12 months, whichever comes first.");

        Assert.Equal(new ServiceInterval(10000, 12), schedule.Only(ServiceCodes.OilChange).Interval);
        Assert.Equal(new ServiceInterval(10000, 12), schedule.Only(ServiceCodes.OilFilter).Interval);
        Assert.Equal(2, schedule.Services.Count);
    }

    [Fact]
    public void Two_clauses_with_their_own_intervals_stay_apart()
    {
        var schedule = Raw.Normalize("Rotate tires every 5,000 miles. Replace engine air filter every 30,000 miles.");

        Assert.Equal(5000, schedule.Only(ServiceCodes.TireRotation).Interval!.Miles);
        Assert.Equal(30000, schedule.Only(ServiceCodes.EngineAirFilter).Interval!.Miles);
    }

    [Fact]
    public void Interval_in_a_following_sentence_belongs_to_the_service_before_it()
    {
        var schedule = Raw.Normalize("Replace the engine coolant. Every 10 years or 150,000 miles.");

        Assert.Equal(new ServiceInterval(150000, 120), schedule.Only(ServiceCodes.EngineCoolant).Interval);
    }

    [Fact]
    public void A_trip_length_is_a_condition_not_an_interval()
    {
        var service = Raw.Normalize("Change engine oil every 5,000 miles if most trips are less than 5 miles").Only(ServiceCodes.OilChange);

        Assert.Equal(5000, service.Interval!.Miles);
        Assert.Contains(OperatingConditions.ShortTrips, service.Conditions);
    }
}
