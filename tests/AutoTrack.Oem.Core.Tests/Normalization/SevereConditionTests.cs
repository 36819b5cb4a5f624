namespace AutoTrack.Oem.Tests.Normalization;

public class SevereConditionTests
{
    [Theory]
    [InlineData("Towing a trailer or using a car-top carrier", new[] { "heavy_load", "towing" })]
    [InlineData("Repeated short trips of less than 5 miles in freezing temperatures", new[] { "extreme_temperatures", "short_trips" })]
    [InlineData("Driving on dirt roads or dusty roads", new[] { "dusty_roads" })]
    [InlineData("Extensive idling or low-speed driving for long distances, such as police, taxi or door-to-door delivery use", new[] { "commercial_use", "extensive_idling" })]
    [InlineData("Driving in mountainous areas or on rough, muddy or salt-spread roads", new[] { "mountainous", "rough_roads", "salted_roads" })]
    [InlineData("Severe usage", new[] { "severe_unspecified" })]
    [InlineData("Schedule 1 (severe operating conditions)", new[] { "severe_unspecified" })]
    public void Section_conditions_are_canonical_codes(string section, string[] expected)
    {
        var service = Raw.Normalize("Replace engine oil every 3,750 miles or 3 months", "Special Operating Conditions / " + section).Only(ServiceCodes.OilChange);

        Assert.Equal(expected, service.Conditions);
        Assert.True(service.IsSevere);
    }

    [Fact]
    public void Severe_rows_are_separate_from_normal_rows()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Replace engine oil every 7,500 miles or 6 months", "Normal Schedule"),
            Raw.Text("Replace engine oil every 3,750 miles or 3 months", "Severe Schedule: towing a trailer"));

        var oil = schedule.Services.Where(s => s.Code == ServiceCodes.OilChange).ToList();
        Assert.Equal(2, oil.Count);
        Assert.Contains(oil, s => s.Conditions.Count == 0 && s.Interval!.Miles == 7500);
        Assert.Contains(oil, s => s.Conditions.SequenceEqual(["towing"]) && s.Interval!.Miles == 3750);
        Assert.NotEqual(oil[0].NaturalKey, oil[1].NaturalKey);
    }

    [Fact]
    public void A_condition_in_the_item_itself_makes_it_severe()
    {
        var service = Raw.Normalize("If you tow a trailer, replace the transmission fluid every 30,000 miles").Only(ServiceCodes.TransmissionFluid);

        Assert.Equal(["towing"], service.Conditions);
        Assert.Equal(30000, service.Interval!.Miles);
    }

    [Fact]
    public void A_normal_schedule_that_mentions_severe_conditions_stays_normal()
    {
        var service = Raw.Normalize("Replace engine oil every 10,000 miles", "Normal schedule (if none of the severe conditions apply)").Only(ServiceCodes.OilChange);

        Assert.Empty(service.Conditions);
    }
}
