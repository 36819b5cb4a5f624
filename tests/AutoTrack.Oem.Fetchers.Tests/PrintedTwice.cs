using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Fetches a sample's document from two simulators that print it differently and normalizes both.</summary>
internal static class PrintedTwice
{
    public static async Task<NormalizedSchedule> NormalizedAsync(OemSimulator simulator, SampleVehicle sample)
    {
        var result = await FetchAsync(simulator, sample);
        return new ScheduleNormalizer().Normalize(result.Schedule!);
    }

    public static async Task<FetchResult> FetchAsync(OemSimulator simulator, SampleVehicle sample)
    {
        var result = await TestFetchers.For(simulator, sample.Style).FetchScheduleAsync(sample.Vehicle, CancellationToken.None);
        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        return result;
    }

    /// <summary>Both schedules mean what the sample printed and hash the same.</summary>
    public static void AssertSameMeaning(SampleVehicle sample, NormalizedSchedule reference, NormalizedSchedule other)
    {
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(reference));
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(other));
        Assert.Empty(other.Unrecognized);
        Assert.Equal(reference.Issues.Select(i => i.Message).Order(StringComparer.Ordinal), other.Issues.Select(i => i.Message).Order(StringComparer.Ordinal));
        Assert.Equal(ScheduleHasher.Compute(reference), ScheduleHasher.Compute(other));
    }

    public static TheoryData<int, string, string> AllSamples()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var sample in SampleCatalog.Default.Vehicles)
        {
            data.Add(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model);
        }

        return data;
    }
}
