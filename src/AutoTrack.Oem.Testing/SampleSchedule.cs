namespace AutoTrack.Oem.Testing;

/// <summary>What one sample document prints: its title and items, in print order.</summary>
/// <param name="Title">The title line ("2021 Camry Warranty &amp; Maintenance Guide - SAMPLE").</param>
/// <param name="Services">The printed items with their meaning.</param>
public sealed record SampleSchedule(string Title, IReadOnlyList<SampleService> Services)
{
    /// <summary>The label printed on every page of every sample document.</summary>
    public const string SampleLabel = "SAMPLE \u2014 not verified OEM data";

    /// <summary>The last milestone (in miles) a sample document prints.</summary>
    public const int HorizonMiles = 120_000;

    /// <summary>True when both schedules print the same title and the same items in the same order.</summary>
    public bool PrintsSameAs(SampleSchedule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Title, other.Title, StringComparison.Ordinal) && Services.SequenceEqual(other.Services);
    }
}
