namespace AutoTrack.Oem.Tests.Normalization;

public class TiedServiceTests
{
    [Theory]
    [InlineData("Rotate tires at every oil change", "tire_rotation", "oil_change", 1)]
    [InlineData("Rotate tyres at every other engine oil change", "tire_rotation", "oil_change", 2)]
    [InlineData("Inspect brake pads at each tire rotation", "brake_pads", "tire_rotation", 1)]
    [InlineData("Inspect wiper blades every second oil and filter change", "wiper_blades", "oil_change", 2)]
    [InlineData("Check brake linings each time the oil is changed", "brake_pads", "oil_change", 1)]
    [InlineData("Replace cabin air filter every third oil change", "cabin_air_filter", "oil_change", 3)]
    public void Tie_names_the_other_service_and_how_often(string text, string code, string tiedTo, int every)
    {
        var schedule = Raw.Normalize(text);
        var service = schedule.Only(code);

        Assert.Equal(new ServiceTie(tiedTo, every), service.TiedTo);
        Assert.Null(service.Interval);
        Assert.DoesNotContain(schedule.Services, s => s.Code == tiedTo);
    }

    [Fact]
    public void A_tied_service_gets_no_reminder_lead_of_its_own()
    {
        Assert.Null(Raw.Normalize("Rotate tires at every oil change").Only(ServiceCodes.TireRotation).ReminderLead);
    }
}
