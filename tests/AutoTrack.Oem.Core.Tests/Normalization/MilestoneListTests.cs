namespace AutoTrack.Oem.Tests.Normalization;

/// <summary>Toyota / Lexus / Subaru style: visits by odometer with the items due at each.</summary>
public class MilestoneListTests
{
    private static NormalizedSchedule ToyotaStyleGuide(int upToMiles = 120_000)
    {
        var items = new List<RawScheduleItem>();
        for (var miles = 5_000; miles <= upToMiles; miles += 5_000)
        {
            var heading = $"{miles:N0} miles or {miles / 5_000 * 6} months";
            items.Add(Raw.AtMilestone(heading, "Rotate tires"));
            items.Add(Raw.AtMilestone(heading, "Inspect and adjust all fluid levels"));
            if (miles % 10_000 == 0)
            {
                items.Add(Raw.AtMilestone(heading, "Replace engine oil and oil filter"));
            }

            if (miles % 15_000 == 0)
            {
                items.Add(Raw.AtMilestone(heading, "Inspect brake linings/drums and brake pads/discs"));
            }

            if (miles % 30_000 == 0)
            {
                items.Add(Raw.AtMilestone(heading, "Replace cabin air filter"));
                items.Add(Raw.AtMilestone(heading, "Replace engine air filter"));
                items.Add(Raw.AtMilestone(heading, "Towing / off-road: Replace differential oil", "Additional maintenance items for special operating conditions"));
            }

            if (miles == 100_000)
            {
                items.Add(Raw.AtMilestone(heading, "Replace engine coolant"));
            }

            if (miles == 60_000)
            {
                items.Add(Raw.AtMilestone(heading, "Re-torque propeller shaft bolts"));
            }
        }

        items.Add(Raw.AtMilestone("After 120,000 miles", "Replace spark plugs"));
        return new ScheduleNormalizer().Normalize(Raw.Of([.. items]));
    }

    [Fact]
    public void Recurring_items_get_the_step_between_milestones()
    {
        var schedule = ToyotaStyleGuide();

        Assert.Equal(new ServiceInterval(5_000, 6), schedule.Only(ServiceCodes.TireRotation).Interval);
        Assert.Equal(new ServiceInterval(10_000, 12), schedule.Only(ServiceCodes.OilChange).Interval);
        Assert.Equal(new ServiceInterval(10_000, 12), schedule.Only(ServiceCodes.OilFilter).Interval);
        Assert.Equal(new ServiceInterval(30_000, 36), schedule.Only(ServiceCodes.CabinAirFilter).Interval);
        Assert.Equal(new ServiceInterval(15_000, 18), schedule.Only(ServiceCodes.BrakePads).Interval);
        Assert.Null(schedule.Only(ServiceCodes.TireRotation).Initial);
    }

    [Fact]
    public void An_item_listed_once_early_in_a_long_guide_is_a_one_time_service()
    {
        var schedule = ToyotaStyleGuide();

        var propellerShaft = schedule.Only(ServiceCodes.DriveShaftBoots);
        Assert.Equal(ServiceAction.Tighten, propellerShaft.Action);
        Assert.Null(propellerShaft.Interval);
        Assert.Equal(new ServiceInterval(60_000, 72), propellerShaft.Initial);
    }

    [Fact]
    public void An_item_listed_once_near_the_end_is_taken_to_recur()
    {
        var coolant = ToyotaStyleGuide().Only(ServiceCodes.EngineCoolant);

        Assert.Equal(new ServiceInterval(100_000, 120), coolant.Interval);
    }

    [Fact]
    public void An_item_that_starts_late_and_recurs_has_an_initial_interval()
    {
        var schedule = Raw.Normalize(
            Raw.AtMilestone("100,000 miles", "Replace engine coolant"),
            Raw.AtMilestone("150,000 miles", "Replace engine coolant"),
            Raw.AtMilestone("200,000 miles", "Replace engine coolant"),
            Raw.AtMilestone("50,000 miles", "Rotate tires"));

        var coolant = schedule.Only(ServiceCodes.EngineCoolant);
        Assert.Equal(new ServiceInterval(100_000, null), coolant.Initial);
        Assert.Equal(new ServiceInterval(50_000, null), coolant.Interval);
    }

    [Fact]
    public void Special_condition_items_are_separate_rows_with_their_conditions()
    {
        var differential = ToyotaStyleGuide().Only(ServiceCodes.DifferentialFluid);

        Assert.Equal(["off_road", "towing"], differential.Conditions);
        Assert.Equal(new ServiceInterval(30_000, 36), differential.Interval);
    }

    [Fact]
    public void Provenance_keeps_every_milestone_the_item_was_read_at()
    {
        var rotation = ToyotaStyleGuide().Only(ServiceCodes.TireRotation);

        Assert.Equal(24, rotation.Provenance.Count);
        Assert.All(rotation.Provenance, p => Assert.Equal("Rotate tires", p.OriginalText));
        Assert.Equal("5,000 miles or 6 months", rotation.Provenance[0].Milestone);
    }

    [Fact]
    public void A_heading_that_says_every_is_a_fixed_interval()
    {
        var service = Raw.Normalize(Raw.AtMilestone("Every 5,000 miles or 6 months", "Rotate tires")).Only(ServiceCodes.TireRotation);

        Assert.Equal(new ServiceInterval(5_000, 6), service.Interval);
    }

    [Fact]
    public void Irregular_recurrence_uses_the_common_step_and_is_flagged()
    {
        var schedule = Raw.Normalize(
            Raw.AtMilestone("15,000 miles", "Inspect drive belts"),
            Raw.AtMilestone("30,000 miles", "Inspect drive belts"),
            Raw.AtMilestone("60,000 miles", "Inspect drive belts"),
            Raw.AtMilestone("75,000 miles", "Inspect drive belts"));

        Assert.Equal(15_000, schedule.Only(ServiceCodes.DriveBelt).Interval!.Miles);
        Assert.Contains(schedule.Issues, i => i.Kind == NormalizationIssueKind.IrregularMilestones);
    }

    [Fact]
    public void Milestone_items_are_counted_as_milestone_shape()
    {
        var schedule = ToyotaStyleGuide(30_000);

        Assert.True(schedule.Report.ItemsByShape[ScheduleShape.Milestone] > 10);
        Assert.Equal(0, schedule.Report.UnrecognizedCount);
    }
}
