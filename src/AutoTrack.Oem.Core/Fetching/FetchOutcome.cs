namespace AutoTrack.Oem;

/// <summary>
/// The closed list of what can happen when a schedule is fetched. Logs, metrics, alerts, the fetch-attempt
/// table and the admin page all use these values (and their <see cref="FetchOutcomeExtensions.Code"/>).
/// </summary>
public enum FetchOutcome
{
    /// <summary>A document was fetched and yielded a raw schedule.</summary>
    Success,

    /// <summary>The document has not changed since it was last stored (HTTP 304 or same content hash).</summary>
    NotModified,

    /// <summary>No fetcher supports the vehicle, or the source has nothing for it.</summary>
    Unsupported,

    /// <summary>The host's robots.txt disallows the path; nothing was requested.</summary>
    DisallowedByRobots,

    /// <summary>The source needs a browser and none is installed or configured.</summary>
    SkippedNoBrowser,

    /// <summary>The source, or our own operator switch, has disabled fetching from this host.</summary>
    SourceDisabled,

    /// <summary>The host answered 429 or our own per-host budget is spent.</summary>
    RateLimited,

    /// <summary>The host answered with an HTTP error other than 429.</summary>
    HttpError,

    /// <summary>The request or page did not complete in time.</summary>
    Timeout,

    /// <summary>The connection failed (reset, refused, DNS).</summary>
    NetworkError,

    /// <summary>The response was not what the adapter accepts: wrong content type, too large, truncated, or a
    /// redirect to a host that is not allow-listed.</summary>
    InvalidResponse,

    /// <summary>The document could not be read (corrupt PDF, malformed JSON or HTML).</summary>
    ParseError,

    /// <summary>The document has no text layer (an image-only PDF); nothing is invented from it.</summary>
    NoTextLayer,

    /// <summary>The document was read but its layout no longer matches what the adapter expects.</summary>
    LayoutDrift,

    /// <summary>A schedule was produced but failed validation and was quarantined for review.</summary>
    Quarantined,

    /// <summary>The run was cancelled while this fetch was under way.</summary>
    Cancelled,

    /// <summary>The source refused our credentials (HTTP 401/403 with credentials sent, or the token endpoint refused
    /// them). Not transient: someone has to fix the configuration.</summary>
    AuthenticationFailed,
}
