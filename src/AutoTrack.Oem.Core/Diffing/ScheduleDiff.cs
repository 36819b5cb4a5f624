namespace AutoTrack.Oem;

/// <summary>
/// The differences in meaning between two versions of a schedule: services added, removed or changed
/// (matched by natural key), and unrecognized wording that appeared or disappeared. Wording and provenance
/// changes are not differences, in line with <see cref="ScheduleHasher"/>.
/// </summary>
public sealed record ScheduleDiff
{
    private ScheduleDiff(IReadOnlyList<ServiceChange> changes, IReadOnlyList<string> unrecognizedAdded, IReadOnlyList<string> unrecognizedRemoved)
    {
        Changes = changes;
        UnrecognizedAdded = unrecognizedAdded;
        UnrecognizedRemoved = unrecognizedRemoved;
    }

    /// <summary>Every service change, ordered by natural key.</summary>
    public IReadOnlyList<ServiceChange> Changes { get; }

    /// <summary>Unrecognized wording that is new.</summary>
    public IReadOnlyList<string> UnrecognizedAdded { get; }

    /// <summary>Unrecognized wording that is gone.</summary>
    public IReadOnlyList<string> UnrecognizedRemoved { get; }

    /// <summary>Services that are new.</summary>
    public IEnumerable<ServiceChange> Added => Changes.Where(c => c.Kind == ServiceChangeKind.Added);

    /// <summary>Services that are gone.</summary>
    public IEnumerable<ServiceChange> Removed => Changes.Where(c => c.Kind == ServiceChangeKind.Removed);

    /// <summary>Services whose timing changed.</summary>
    public IEnumerable<ServiceChange> Changed => Changes.Where(c => c.Kind == ServiceChangeKind.Changed);

    /// <summary>True when anything differs.</summary>
    public bool HasChanges => Changes.Count > 0 || UnrecognizedAdded.Count > 0 || UnrecognizedRemoved.Count > 0;

    /// <summary>True when a safety-critical service was added, removed or changed.</summary>
    public bool HasSafetyCriticalChanges => Changes.Any(c => c.SafetyCritical);

    /// <summary>Compares two versions. A null <paramref name="previous"/> (first ingestion) yields every service as added.</summary>
    public static ScheduleDiff Compare(NormalizedSchedule? previous, NormalizedSchedule current, ServiceTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        taxonomy ??= ServiceTaxonomy.Default;
        var before = (previous?.Services ?? []).GroupBy(s => s.NaturalKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = current.Services.GroupBy(s => s.NaturalKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = new List<ServiceChange>();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(key, out var old);
            after.TryGetValue(key, out var now);
            var code = (now ?? old)!.Code;
            var critical = (taxonomy.TryGet(code, out var definition) && definition.SafetyCritical) || (now ?? old)!.SafetyCritical;
            if (old is null)
            {
                changes.Add(new ServiceChange(ServiceChangeKind.Added, key, null, now, critical, []));
            }
            else if (now is null)
            {
                changes.Add(new ServiceChange(ServiceChangeKind.Removed, key, old, null, critical, []));
            }
            else if (ChangedParts(old, now) is { Count: > 0 } parts)
            {
                changes.Add(new ServiceChange(ServiceChangeKind.Changed, key, old, now, critical, parts));
            }
        }

        // Keyed by the same folding the hash uses, so the diff and the hash agree on what changed.
        var oldUnknown = (previous?.Unrecognized ?? []).GroupBy(u => Internal.OemText.Fold(u.Text), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var newUnknown = current.Unrecognized.GroupBy(u => Internal.OemText.Fold(u.Text), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        return new ScheduleDiff(
            changes,
            [.. newUnknown.Where(p => !oldUnknown.ContainsKey(p.Key)).Select(p => p.Value).Order(StringComparer.Ordinal)],
            [.. oldUnknown.Where(p => !newUnknown.ContainsKey(p.Key)).Select(p => p.Value).Order(StringComparer.Ordinal)]);
    }

    private static List<string> ChangedParts(ScheduleService old, ScheduleService now)
    {
        var parts = new List<string>();
        if (old.Interval != now.Interval)
        {
            parts.Add("interval");
        }

        if (old.Initial != now.Initial)
        {
            parts.Add("initial");
        }

        if (old.Monitor != now.Monitor)
        {
            parts.Add("monitor");
        }

        if (old.TiedTo != now.TiedTo)
        {
            parts.Add("tied_to");
        }

        return parts;
    }
}
