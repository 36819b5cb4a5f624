namespace AutoTrack.Oem.Tests.Normalization;

public class ActionTests
{
    [Theory]
    [InlineData("Inspect and replace if necessary: brake pads, every 15,000 miles", "brake_pads", ServiceAction.Inspect)]
    [InlineData("Inspect brake pads and replace as needed every 15,000 miles", "brake_pads", ServiceAction.Inspect)]
    [InlineData("Replace brake pads every 50,000 miles", "brake_pads", ServiceAction.Replace)]
    [InlineData("Check the coolant level every 7,500 miles", "engine_coolant", ServiceAction.Inspect)]
    [InlineData("Drain and refill engine coolant every 60,000 miles", "engine_coolant", ServiceAction.Replace)]
    [InlineData("Clean the throttle body and air filter every 30,000 miles", "engine_air_filter", ServiceAction.Clean)]
    [InlineData("Adjust valve clearance every 110,000 miles", "valve_clearance", ServiceAction.Adjust)]
    [InlineData("Re-torque wheel lug nuts after the first 600 miles", "wheel_lug_nuts", ServiceAction.Tighten)]
    [InlineData("Lubricate hinges, latches and locks every 12 months", "body_lubrication", ServiceAction.Lubricate)]
    [InlineData("Engine oil: 10,000 miles", "oil_change", ServiceAction.Replace)]
    [InlineData("Perform a multi-point inspection every 7,500 miles", "multi_point_inspection", ServiceAction.Perform)]
    [InlineData("Inspect and adjust all fluid levels every 5,000 miles", "fluid_levels", ServiceAction.Inspect)]
    [InlineData("Check and top off the coolant every 7,500 miles", "engine_coolant", ServiceAction.Inspect)]
    [InlineData("Rotate and balance the tires every 6,000 miles", "tire_rotation", ServiceAction.Rotate)]
    public void The_action_is_read_from_the_verbs(string text, string code, ServiceAction action)
    {
        Assert.Equal(action, Raw.Normalize(text).Only(code).Action);
    }

    [Fact]
    public void Inspecting_and_replacing_the_same_item_are_two_services()
    {
        var schedule = Raw.Normalize(
            Raw.Text("Inspect brake pads every 15,000 miles"),
            Raw.Text("Replace brake pads every 60,000 miles"));

        Assert.Equal(15000, schedule.Only(ServiceCodes.BrakePads, ServiceAction.Inspect).Interval!.Miles);
        Assert.Equal(60000, schedule.Only(ServiceCodes.BrakePads, ServiceAction.Replace).Interval!.Miles);
    }

    [Fact]
    public void Two_services_with_two_verbs_each_get_their_own_action()
    {
        var schedule = Raw.Normalize("Rotate tires and inspect brake pads every 7,500 miles");

        Assert.Equal(ServiceAction.Rotate, schedule.Only(ServiceCodes.TireRotation).Action);
        Assert.Equal(ServiceAction.Inspect, schedule.Only(ServiceCodes.BrakePads).Action);
    }
}
