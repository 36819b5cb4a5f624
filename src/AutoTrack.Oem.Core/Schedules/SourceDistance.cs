namespace AutoTrack.Oem;

/// <summary>A distance exactly as the source printed it, kept beside the normalized miles.</summary>
/// <param name="Value">The printed number.</param>
/// <param name="Unit">"mi" or "km".</param>
public sealed record SourceDistance(double Value, string Unit)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Value:#,0.###} {Unit}");
}
