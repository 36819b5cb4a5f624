namespace AutoTrack.Oem;

/// <summary>Stable codes and classifications of <see cref="FetchOutcome"/> values.</summary>
public static class FetchOutcomeExtensions
{
    /// <summary>The stable snake_case code used in logs, metrics tags and stored rows ("disallowed_by_robots").</summary>
    public static string Code(this FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Success => "success",
        FetchOutcome.NotModified => "not_modified",
        FetchOutcome.Unsupported => "unsupported",
        FetchOutcome.DisallowedByRobots => "disallowed_by_robots",
        FetchOutcome.SkippedNoBrowser => "skipped_no_browser",
        FetchOutcome.SourceDisabled => "source_disabled",
        FetchOutcome.RateLimited => "rate_limited",
        FetchOutcome.HttpError => "http_error",
        FetchOutcome.Timeout => "timeout",
        FetchOutcome.NetworkError => "network_error",
        FetchOutcome.InvalidResponse => "invalid_response",
        FetchOutcome.ParseError => "parse_error",
        FetchOutcome.NoTextLayer => "no_text_layer",
        FetchOutcome.LayoutDrift => "layout_drift",
        FetchOutcome.Quarantined => "quarantined",
        FetchOutcome.Cancelled => "cancelled",
        FetchOutcome.AuthenticationFailed => "authentication_failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown fetch outcome."),
    };

    /// <summary>Parses a code produced by <see cref="Code"/>.</summary>
    /// <exception cref="FormatException">The code is not one of ours.</exception>
    public static FetchOutcome ParseCode(string code)
        => Internal.EnumCodes.Parse<FetchOutcome>(code, Code, "fetch outcome");

    /// <summary>True when the outcome counts towards a source's consecutive-failure alert: the source was
    /// reachable in principle and did not yield usable data. Skips chosen by us or by the host's policy
    /// (unsupported, robots, no browser, disabled, cancelled) and successes are not failures.</summary>
    public static bool IsFailure(this FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Success or FetchOutcome.NotModified or FetchOutcome.Unsupported or FetchOutcome.DisallowedByRobots
            or FetchOutcome.SkippedNoBrowser or FetchOutcome.SourceDisabled or FetchOutcome.Cancelled => false,
        _ => true,
    };

    /// <summary>True when trying again later may succeed without anyone changing anything (rate limits, timeouts,
    /// server and network errors).</summary>
    public static bool IsTransient(this FetchOutcome outcome) =>
        outcome is FetchOutcome.RateLimited or FetchOutcome.Timeout or FetchOutcome.NetworkError or FetchOutcome.HttpError;
}
