using System.Globalization;
using System.Text;

namespace AutoTrack.Oem.Hosting;

/// <summary>What one run of the pipeline did.</summary>
public sealed record RunSummary
{
    /// <summary>The run's id (also on every fetch attempt it recorded).</summary>
    public required Guid RunId { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Vehicles that were due.</summary>
    public required int Vehicles { get; init; }

    /// <summary>Distinct source documents read.</summary>
    public required int Documents { get; init; }

    /// <summary>Documents answered "not modified" (a 304, or the same bytes): no parse, no write.</summary>
    public int NotModifiedDocuments { get; init; }

    /// <summary>Schedules stored for the first time (not an OEM change).</summary>
    public required int New { get; init; }

    /// <summary>Schedules whose meaning changed.</summary>
    public required int Changed { get; init; }

    /// <summary>Schedules whose hash was unchanged (checked_at touched only).</summary>
    public required int Unchanged { get; init; }

    /// <summary>Schedules re-read from the same document by a newer normalizer (not an OEM change).</summary>
    public required int Reprocessed { get; init; }

    /// <summary>Schedules held for review.</summary>
    public required int Quarantined { get; init; }

    /// <summary>Writes skipped because another node changed the schedule meanwhile (retried next run).</summary>
    public required int Conflicts { get; init; }

    /// <summary>Changes that touched a safety-critical service.</summary>
    public required int SafetyCriticalChanges { get; init; }

    /// <summary>Vehicles for which no schedule could be fetched, by the last outcome tried.</summary>
    public required IReadOnlyDictionary<FetchOutcome, int> FailuresByOutcome { get; init; }

    /// <summary>Total failed vehicles.</summary>
    public int Failures => FailuresByOutcome.Values.Sum();

    /// <summary>A flat record for storage (job_runs.summary).</summary>
    public IReadOnlyDictionary<string, object> ToRecord() => new Dictionary<string, object>
    {
        ["vehicles"] = Vehicles,
        ["documents"] = Documents,
        ["not_modified_documents"] = NotModifiedDocuments,
        ["new"] = New,
        ["changed"] = Changed,
        ["unchanged"] = Unchanged,
        ["reprocessed"] = Reprocessed,
        ["quarantined"] = Quarantined,
        ["conflicts"] = Conflicts,
        ["safety_critical_changes"] = SafetyCriticalChanges,
        ["failures"] = FailuresByOutcome.ToDictionary(p => p.Key.Code(), p => p.Value),
        ["duration_ms"] = (long)Duration.TotalMilliseconds,
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Vehicles} vehicles, {Documents} documents read, {NotModifiedDocuments} not modified: {New} new, {Changed} changed, {Unchanged} unchanged, ");
        sb.Append(CultureInfo.InvariantCulture, $"{Reprocessed} reprocessed, {Quarantined} quarantined, {Conflicts} conflicts, {Failures} failed");
        if (FailuresByOutcome.Count > 0)
        {
            sb.Append(" (").Append(string.Join(", ", FailuresByOutcome.OrderBy(p => p.Key).Select(p => $"{p.Key.Code()}: {p.Value}"))).Append(')');
        }

        sb.Append(CultureInfo.InvariantCulture, $" in {Duration.TotalSeconds:0.0} s");
        return sb.ToString();
    }
}
