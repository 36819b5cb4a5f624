namespace AutoTrack.Oem.Tests.Normalization;

public class ConditionBasedTests
{
    [Theory]
    [InlineData("Change engine oil and filter when the Oil Life System indicates, but not to exceed 1 year or 7,500 miles", "oil_life_monitor", 7500, 12)]
    [InlineData("Change engine oil when the Intelligent Oil-Life Monitor prompts you, at least every 10,000 miles or 1 year", "oil_life_monitor", 10000, 12)]
    [InlineData("Replace engine oil when the message center displays OIL CHANGE REQUIRED; do not exceed 1 year or 10,000 mi", "oil_life_monitor", 10000, 12)]
    [InlineData("Engine oil: as indicated by the Maintenance Minder", "maintenance_minder", null, null)]
    [InlineData("Engine oil service according to Condition Based Service (CBS), but at least every 2 years", "condition_based_service", null, 24)]
    [InlineData("Oil change as determined by Flexible Service; no later than 10,000 miles or 1 year", "flexible_service", 10000, 12)]
    [InlineData("Change oil when the service indicator comes on or every 12 months, whichever comes first", "service_indicator", null, 12)]
    [InlineData("Replace engine oil when the instrument cluster displays a service message", "service_indicator", null, null)]
    public void Monitor_driven_services_have_no_fixed_interval_and_keep_their_cap(string text, string monitor, int? capMiles, int? capMonths)
    {
        var service = Raw.Normalize(text).Only(ServiceCodes.OilChange);

        Assert.Equal(monitor, service.Monitor!.Kind);
        Assert.Null(service.Interval);
        var expectedCap = capMiles is null && capMonths is null ? null : new ServiceInterval(capMiles, capMonths);
        Assert.Equal(expectedCap, service.Monitor.Cap);
    }

    [Fact]
    public void The_cap_is_the_reminder_default_and_an_uncapped_monitor_has_none()
    {
        var capped = Raw.Normalize("Change oil when the oil life monitor indicates, not to exceed 10,000 miles or 12 months").Only(ServiceCodes.OilChange);
        var uncapped = Raw.Normalize("Change oil when the Maintenance Minder indicates").Only(ServiceCodes.OilChange);

        Assert.Equal(ReminderLead.For(new ServiceInterval(10000, 12)), capped.ReminderLead);
        Assert.Null(uncapped.ReminderLead);
    }

    [Fact]
    public void Honda_minder_section_drives_its_items_but_time_based_items_stay_fixed()
    {
        var schedule = Raw.Normalize(
            Raw.Text("A: Replace engine oil", "Maintenance Minder main items"),
            Raw.Text("1: Rotate tires", "Maintenance Minder sub-items"),
            Raw.Text("Replace brake fluid every 3 years, regardless of the Maintenance Minder information", "Maintenance Minder sub-items"));

        Assert.Equal(MonitorKinds.MaintenanceMinder, schedule.Only(ServiceCodes.OilChange).Monitor!.Kind);
        Assert.Equal(MonitorKinds.MaintenanceMinder, schedule.Only(ServiceCodes.TireRotation).Monitor!.Kind);
        var brakeFluid = schedule.Only(ServiceCodes.BrakeFluid);
        Assert.Null(brakeFluid.Monitor);
        Assert.Equal(new ServiceInterval(null, 36), brakeFluid.Interval);
        Assert.Equal(2, schedule.Report.ItemsByShape[ScheduleShape.ConditionBased]);
    }
}
