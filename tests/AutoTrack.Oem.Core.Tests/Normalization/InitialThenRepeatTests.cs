namespace AutoTrack.Oem.Tests.Normalization;

public class InitialThenRepeatTests
{
    [Theory]
    [InlineData("Replace engine coolant at 10 years or 100,000 miles, then every 5 years or 50,000 miles.", 100000, 120, 50000, 60)]
    [InlineData("Replace engine coolant first at 100,000 miles, then every 50,000 miles", 100000, null, 50000, null)]
    [InlineData("Replace engine coolant every 50,000 miles after the first 100,000 miles", 100000, null, 50000, null)]
    [InlineData("Replace engine coolant at 100,000 miles and every 50,000 miles thereafter", 100000, null, 50000, null)]
    [InlineData("Engine coolant: initial replacement at 120,000 miles (192,000 km); thereafter every 60,000 miles (96,000 km)", 120000, null, 60000, null)]
    [InlineData("Replace Super Long Life Coolant. Initially 10 years or 100,000 miles. After that, every 5 years or 50,000 miles.", 100000, 120, 50000, 60)]
    [InlineData("Coolant: 150,000 miles for the first replacement, then every 75,000 miles", 150000, null, 75000, null)]
    [InlineData("Replace engine coolant at 100,000 miles; thereafter every 50,000 miles", 100000, null, 50000, null)]
    public void First_occurrence_and_repeat_are_both_kept(string text, int initialMiles, int? initialMonths, int miles, int? months)
    {
        var service = Raw.Normalize(text).Only(ServiceCodes.EngineCoolant);

        Assert.Equal(new ServiceInterval(initialMiles, initialMonths), service.Initial);
        Assert.Equal(new ServiceInterval(miles, months), service.Interval);
    }

    [Fact]
    public void Shape_is_counted_as_initial_then_repeat()
    {
        var schedule = Raw.Normalize("Replace engine coolant at 100,000 miles, then every 50,000 miles");

        Assert.Equal(1, schedule.Report.ItemsByShape[ScheduleShape.InitialThenRepeat]);
    }
}
