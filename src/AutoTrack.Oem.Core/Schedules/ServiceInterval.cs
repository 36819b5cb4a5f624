namespace AutoTrack.Oem;

/// <summary>A distance and/or time interval, whichever comes first. At least one part is set.</summary>
/// <param name="Miles">Distance in miles (US figure when the source gives both units).</param>
/// <param name="Months">Time in months ("5 years" is 60).</param>
public sealed record ServiceInterval(int? Miles, int? Months)
{
    /// <summary>Creates an interval, checking that at least one part is set and positive.</summary>
    /// <exception cref="ArgumentException">Both parts are null, or a part is not positive.</exception>
    public static ServiceInterval Of(int? miles, int? months)
    {
        if (miles is null && months is null)
        {
            throw new ArgumentException("An interval needs miles, months or both.");
        }

        if (miles <= 0 || months <= 0)
        {
            throw new ArgumentException($"Interval parts must be positive (miles {miles}, months {months}).");
        }

        return new ServiceInterval(miles, months);
    }

    /// <inheritdoc />
    public override string ToString() => (Miles, Months) switch
    {
        ({ } mi, { } mo) => $"{mi:N0} mi or {mo} mo",
        ({ } mi, null) => $"{mi:N0} mi",
        (null, { } mo) => $"{mo} mo",
        _ => "none",
    };
}
