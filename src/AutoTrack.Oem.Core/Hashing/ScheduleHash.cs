namespace AutoTrack.Oem;

/// <summary>The SHA-256 of a schedule's canonical meaning, with the normalizer version that produced it
/// beside it (never inside it).</summary>
/// <param name="Sha256">64 lower-case hex characters.</param>
/// <param name="NormalizerVersion">The <see cref="ScheduleNormalizer.Version"/> that produced the schedule.</param>
public sealed record ScheduleHash(string Sha256, string NormalizerVersion)
{
    /// <inheritdoc />
    public override string ToString() => $"sha256:{Sha256} (normalizer {NormalizerVersion})";
}
