namespace AutoTrack.Oem;

/// <summary>What a fetcher returns: an outcome, the raw schedule on success, and a reason otherwise.</summary>
public sealed record FetchResult
{
    private FetchResult(FetchOutcome outcome, RawSchedule? schedule, string? reason)
    {
        Outcome = outcome;
        Schedule = schedule;
        Reason = reason;
    }

    /// <summary>What happened.</summary>
    public FetchOutcome Outcome { get; }

    /// <summary>The raw schedule; set exactly when <see cref="Outcome"/> is <see cref="FetchOutcome.Success"/>.</summary>
    public RawSchedule? Schedule { get; }

    /// <summary>The document the schedule was read from, when the fetcher read one (stored for re-parsing).</summary>
    public SourceDocument? Document { get; init; }

    /// <summary>A human-readable reason for any outcome other than success ("HTTP 503 from example.test after 3 attempts").</summary>
    public string? Reason { get; }

    /// <summary>A successful fetch, with the document it was read from when there is one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static FetchResult Success(RawSchedule schedule, SourceDocument? document = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new FetchResult(FetchOutcome.Success, schedule, null) { Document = document };
    }

    /// <summary>The document is unchanged since it was stored.</summary>
    public static FetchResult NotModified(string? reason = null) => new(FetchOutcome.NotModified, null, reason);

    /// <summary>Any outcome other than success, with the reason.</summary>
    /// <exception cref="ArgumentException">The outcome is <see cref="FetchOutcome.Success"/>, or the reason is blank.</exception>
    public static FetchResult Failed(FetchOutcome outcome, string reason)
    {
        if (outcome == FetchOutcome.Success)
        {
            throw new ArgumentException("Use FetchResult.Success for a successful fetch.", nameof(outcome));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new FetchResult(outcome, null, reason);
    }
}
