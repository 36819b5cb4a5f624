namespace AutoTrack.Oem;

/// <summary>The market whose manufacturer recommendations a schedule follows.</summary>
/// <remarks>Only <see cref="US"/> is served today; the others are reserved so keys stay stable when they arrive.</remarks>
public enum Market
{
    /// <summary>United States (miles, US owner's manuals and warranty &amp; maintenance guides).</summary>
    US = 0,

    /// <summary>Canada (reserved).</summary>
    CA = 1,

    /// <summary>European Union (reserved).</summary>
    EU = 2,
}
