using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem;

/// <summary>
/// Turns what an OEM printed (<see cref="RawSchedule"/>) into canonical services (<see cref="NormalizedSchedule"/>).
/// Handles fixed intervals (whichever comes first), milestone lists, I/R/P matrices, condition-based monitors
/// with caps, initial-then-repeat, services tied to another service, severe / special conditions, miles and
/// km, months and years, actions and applicability. Wording it does not understand is kept and counted,
/// never dropped. The rules are documented in docs/normalization.md.
/// </summary>
/// <remarks>Thread-safe and stateless apart from its configuration; one instance can serve a whole process.</remarks>
public sealed class ScheduleNormalizer
{
    /// <summary>The normalizer's version. It travels beside each hash (never inside it): a change of version
    /// that changes a hash is a reprocessing, not an OEM change.</summary>
    public const string Version = "1.0.0";

    private readonly ServiceTaxonomy _taxonomy;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a normalizer.</summary>
    /// <param name="taxonomy">The taxonomy; <see cref="ServiceTaxonomy.Default"/> when null.</param>
    /// <param name="timeProvider">The clock for <see cref="NormalizedSchedule.NormalizedAt"/>; the system clock when null.</param>
    public ScheduleNormalizer(ServiceTaxonomy? taxonomy = null, TimeProvider? timeProvider = null)
    {
        _taxonomy = taxonomy ?? ServiceTaxonomy.Default;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The taxonomy in use.</summary>
    public ServiceTaxonomy Taxonomy => _taxonomy;

    /// <summary>Normalizes a raw schedule. Never throws for odd wording: what it cannot read is reported in
    /// <see cref="NormalizedSchedule.Unrecognized"/> and <see cref="NormalizedSchedule.Issues"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
    public NormalizedSchedule Normalize(RawSchedule raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var run = new NormalizationRun(_taxonomy, raw);
        var services = run.Execute();
        return new NormalizedSchedule(services)
        {
            Unrecognized = run.Unrecognized,
            Issues = run.Issues,
            Report = new NormalizationReport(raw.Items.Count, run.ItemsByShape, run.UnrecognizedByShape),
            NormalizerVersion = Version,
            NormalizedAt = _timeProvider.GetUtcNow(),
            SourceUrl = raw.SourceUrl,
            DocumentRevision = raw.DocumentRevision,
        };
    }
}
