namespace AutoTrack.Oem.Tests.Normalization;

public class UnitTests
{
    [Theory]
    [InlineData("Replace engine oil every 7,500 miles (12,000 km) or 6 months", 7500, 6)]
    [InlineData("Replace engine oil every 12,000 km (7,500 miles) or 6 months", 7500, 6)]
    [InlineData("Replace engine oil every 5,000 mi/8,000 km", 5000, null)]
    [InlineData("Replace engine oil every 100k miles", 100000, null)]
    [InlineData("Replace engine oil every 15,000 km or 12 months", 9300, 12)]
    [InlineData("Replace engine oil every 16 000 kilometres or 1 year", 9900, 12)]
    [InlineData("Replace engine oil every 7.5k mi", 7500, null)]
    public void Keeps_the_US_figure_and_converts_metric_only_by_the_documented_rule(string text, int miles, int? months)
    {
        var schedule = Raw.Normalize(text);

        Assert.Equal(new ServiceInterval(miles, months), schedule.Only(ServiceCodes.OilChange).Interval);
        Assert.DoesNotContain(schedule.Issues, i => i.Kind == NormalizationIssueKind.UnitMismatch);
    }

    [Fact]
    public void Printed_unit_and_value_are_kept_beside_the_miles()
    {
        var metric = Raw.Normalize("Replace engine oil every 15,000 km").Only(ServiceCodes.OilChange);
        var us = Raw.Normalize("Replace engine oil every 7,500 miles (12,000 km)").Only(ServiceCodes.OilChange);

        Assert.Equal(new SourceDistance(15000, "km"), metric.SourceDistance);
        Assert.Equal(new SourceDistance(7500, "mi"), us.SourceDistance);
    }

    [Fact]
    public void Miles_and_km_that_disagree_are_flagged()
    {
        var schedule = Raw.Normalize("Replace engine oil every 7,500 miles (20,000 km)");

        var issue = Assert.Single(schedule.Issues, i => i.Kind == NormalizationIssueKind.UnitMismatch);
        Assert.Contains("20,000 km", issue.Message, StringComparison.Ordinal);
        Assert.Equal(7500, schedule.Only(ServiceCodes.OilChange).Interval!.Miles);
    }

    [Theory]
    [InlineData("Replace brake fluid every 2 years", 24)]
    [InlineData("Replace brake fluid every 2 yrs.", 24)]
    [InlineData("Replace brake fluid every 1.5 years", 18)]
    [InlineData("Replace brake fluid every other year", 24)]
    [InlineData("Replace brake fluid every 30 months", 30)]
    [InlineData("Replace brake fluid every two years", 24)]
    public void Years_are_months(string text, int months)
    {
        Assert.Equal(months, Raw.Normalize(text).Only(ServiceCodes.BrakeFluid).Interval!.Months);
    }
}
