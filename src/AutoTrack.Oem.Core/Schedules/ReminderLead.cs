namespace AutoTrack.Oem;

/// <summary>How far ahead of a due service a reminder fires.</summary>
/// <param name="Miles">Miles before the due odometer reading.</param>
/// <param name="Days">Days before the due date.</param>
public sealed record ReminderLead(int? Miles, int? Days)
{
    /// <summary>
    /// The documented default rule: 10% of the interval, the distance part rounded to the nearest 100 miles and
    /// kept between 100 and 1,000 miles, the time part (a month counted as 30 days) rounded to whole days and
    /// kept between 7 and 30 days. Monitor-driven services use their cap; services without an interval or cap
    /// (tied to another service, monitor without cap) get no lead of their own.
    /// </summary>
    public static ReminderLead? For(ServiceInterval? interval)
    {
        if (interval is null)
        {
            return null;
        }

        int? miles = interval.Miles is { } m ? Math.Clamp((int)Math.Round(m * 0.1 / 100, MidpointRounding.AwayFromZero) * 100, 100, 1_000) : null;
        int? days = interval.Months is { } mo ? Math.Clamp((int)Math.Round(mo * 30 * 0.1, MidpointRounding.AwayFromZero), 7, 30) : null;
        return new ReminderLead(miles, days);
    }
}
