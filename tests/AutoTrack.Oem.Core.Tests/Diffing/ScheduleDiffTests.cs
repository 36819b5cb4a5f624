namespace AutoTrack.Oem.Tests.Diffing;

public class ScheduleDiffTests
{
    private static readonly NormalizedSchedule Before = Raw.Normalize(
        Raw.Text("Replace engine oil every 10,000 miles or 12 months"),
        Raw.Text("Rotate tires every 5,000 miles"),
        Raw.Text("Replace brake fluid every 3 years"),
        Raw.Text("Replace spark plugs every 100,000 miles"));

    [Fact]
    public void Identical_meaning_is_no_change_even_when_reworded()
    {
        var reworded = Raw.Normalize(
            Raw.Text("Engine oil: change every 12 months or 10,000 mi"),
            Raw.Text("Tire rotation every 5,000 miles (8,000 km)"),
            Raw.Text("Brake fluid - replace every 36 months"),
            Raw.Text("Spark plugs: replace at 100,000-mile intervals"));

        var diff = ScheduleDiff.Compare(Before, reworded);

        Assert.False(diff.HasChanges, string.Join("; ", diff.Changes));
    }

    [Fact]
    public void Added_removed_and_changed_services_are_reported()
    {
        var after = Raw.Normalize(
            Raw.Text("Replace engine oil every 7,500 miles or 12 months"),
            Raw.Text("Rotate tires every 5,000 miles"),
            Raw.Text("Replace brake fluid every 3 years"),
            Raw.Text("Replace cabin air filter every 15,000 miles"));

        var diff = ScheduleDiff.Compare(Before, after);

        Assert.Equal(ServiceCodes.CabinAirFilter, Assert.Single(diff.Added).Code);
        Assert.Equal(ServiceCodes.SparkPlugs, Assert.Single(diff.Removed).Code);
        var changed = Assert.Single(diff.Changed);
        Assert.Equal(ServiceCodes.OilChange, changed.Code);
        Assert.Equal(["interval"], changed.ChangedParts);
        Assert.Equal(10_000, changed.Before!.Interval!.Miles);
        Assert.Equal(7_500, changed.After!.Interval!.Miles);
        Assert.False(diff.HasSafetyCriticalChanges);
    }

    [Fact]
    public void Safety_critical_changes_are_flagged()
    {
        var after = Raw.Normalize(
            Raw.Text("Replace engine oil every 10,000 miles or 12 months"),
            Raw.Text("Rotate tires every 5,000 miles"),
            Raw.Text("Replace brake fluid every 2 years"),
            Raw.Text("Replace spark plugs every 100,000 miles"));

        var diff = ScheduleDiff.Compare(Before, after);

        Assert.True(diff.HasSafetyCriticalChanges);
        Assert.Equal(ServiceCodes.BrakeFluid, Assert.Single(diff.Changes).Code);
    }

    [Fact]
    public void A_first_ingestion_lists_every_service_as_added()
    {
        var diff = ScheduleDiff.Compare(null, Before);

        Assert.Equal(Before.Services.Count, diff.Added.Count());
        Assert.True(diff.HasSafetyCriticalChanges);
    }

    [Fact]
    public void Changing_action_or_conditions_is_a_different_service()
    {
        var after = Raw.Normalize(
            Raw.Text("Replace engine oil every 10,000 miles or 12 months"),
            Raw.Text("Rotate tires every 5,000 miles"),
            Raw.Text("Inspect brake fluid every 3 years"),
            Raw.Text("Replace spark plugs every 100,000 miles", "Severe service"));

        var diff = ScheduleDiff.Compare(Before, after);

        Assert.Equal(2, diff.Added.Count());
        Assert.Equal(2, diff.Removed.Count());
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void New_unrecognized_wording_is_part_of_the_diff_like_the_hash()
    {
        var after = Raw.Normalize([.. Before.Services.SelectMany(s => s.Provenance).Select(p => Raw.Text(p.OriginalText)), Raw.Text("Recalibrate the flux capacitor")]);

        var diff = ScheduleDiff.Compare(Before, after);

        Assert.Equal(["Recalibrate the flux capacitor"], diff.UnrecognizedAdded);
        Assert.NotEqual(ScheduleHasher.Compute(Before).Sha256, ScheduleHasher.Compute(after).Sha256);
    }
}
