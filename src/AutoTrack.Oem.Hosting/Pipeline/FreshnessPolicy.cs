using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Hosting;

/// <summary>
/// Decides which vehicles are due in a run, so a politeness budget of a few requests per host per day covers
/// a national catalog: current model years are checked daily, recent ones weekly, old ones monthly. A vehicle
/// that has never been stored is always due. Manual refreshes bypass the policy.
/// </summary>
public sealed class FreshnessPolicy
{
    /// <summary>Model years at most this many years before the current one are "current" (default 1).</summary>
    [Range(0, 50)]
    public int CurrentModelYears { get; set; } = 1;

    /// <summary>Model years at most this many years old are "recent" (default 10); older ones are "old".</summary>
    [Range(0, 100)]
    public int RecentModelYears { get; set; } = 10;

    /// <summary>How often current model years are checked (default 20 hours: daily with slack for run duration).</summary>
    public TimeSpan CurrentInterval { get; set; } = TimeSpan.FromHours(20);

    /// <summary>How often recent model years are checked (default 7 days).</summary>
    public TimeSpan RecentInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often old model years are checked (default 30 days).</summary>
    public TimeSpan OldInterval { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The interval for a model year at a given time.</summary>
    public TimeSpan IntervalFor(int modelYear, DateTimeOffset now)
    {
        var age = now.Year - modelYear;
        return age <= CurrentModelYears ? CurrentInterval : age <= RecentModelYears ? RecentInterval : OldInterval;
    }

    /// <summary>True when a vehicle last checked at <paramref name="lastChecked"/> is due at <paramref name="now"/>.</summary>
    public bool IsDue(int modelYear, DateTimeOffset? lastChecked, DateTimeOffset now) =>
        lastChecked is null || now - lastChecked.Value >= IntervalFor(modelYear, now);
}
