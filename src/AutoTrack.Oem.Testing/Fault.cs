using System.Globalization;
using AutoTrack.Oem.Testing.Internal;

namespace AutoTrack.Oem.Testing;

/// <summary>
/// A misbehaviour the simulator applies to matching requests (see <see cref="FaultPlan.Inject"/>). Each applies per
/// request; <see cref="Times"/> limits how many requests it hits (then the path behaves normally again).
/// </summary>
public sealed record Fault
{
    private Fault(FaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>How many requests the fault applies to; null for every request.</summary>
    public int? Times { get; init; }

    internal FaultKind Kind { get; }

    internal TimeSpan Delay { get; private init; }

    internal int Status { get; private init; }

    internal string? RetryAfter { get; private init; }

    internal Uri? Location { get; private init; }

    internal string? Path { get; private init; }

    /// <summary>Waits before serving normally.</summary>
    public static Fault Latency(TimeSpan delay, int? times = null) => new(FaultKind.Latency) { Delay = delay, Times = times };

    /// <summary>Answers 429 with "Retry-After: seconds", <paramref name="times"/> times, then serves normally.</summary>
    public static Fault TooManyRequests(int retryAfterSeconds, int? times = 1) =>
        new(FaultKind.Status) { Status = 429, RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture), Times = times };

    /// <summary>Answers 429 with "Retry-After: HTTP-date", <paramref name="times"/> times, then serves normally.</summary>
    public static Fault TooManyRequestsUntil(DateTimeOffset retryAfter, int? times = 1) =>
        new(FaultKind.Status) { Status = 429, RetryAfter = retryAfter.ToString("R", CultureInfo.InvariantCulture), Times = times };

    /// <summary>Answers a 5xx status (500 or 503), optionally with Retry-After seconds, <paramref name="times"/> times.</summary>
    public static Fault ServerError(int status = 500, int? times = 1, int? retryAfterSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return new(FaultKind.Status) { Status = status, RetryAfter = retryAfterSeconds?.ToString(CultureInfo.InvariantCulture), Times = times };
    }

    /// <summary>Drops the connection without an answer.</summary>
    public static Fault ConnectionReset(int? times = null) => new(FaultKind.ConnectionReset) { Times = times };

    /// <summary>Never answers: the request hangs until the client gives up.</summary>
    public static Fault Timeout(int? times = null) => new(FaultKind.Timeout) { Times = times };

    /// <summary>Sends the headers and half the document, then drops the connection.</summary>
    public static Fault TruncatedBody(int? times = null) => new(FaultKind.TruncatedBody) { Times = times };

    /// <summary>Serves the document as text/html.</summary>
    public static Fault WrongContentType(int? times = null) => new(FaultKind.WrongContentType) { Times = times };

    /// <summary>Serves bytes that start like a PDF but are not one.</summary>
    public static Fault CorruptPdf(int? times = null) => new(FaultKind.CorruptPdf) { Times = times };

    /// <summary>Serves a PDF with no text layer (like a scan).</summary>
    public static Fault ImageOnlyPdf(int? times = null) => new(FaultKind.ImageOnlyPdf) { Times = times };

    /// <summary>Serves a readable PDF in a layout no fetcher recognises (a newsletter).</summary>
    public static Fault LayoutDrift(int? times = null) => new(FaultKind.LayoutDrift) { Times = times };

    /// <summary>Serves a PDF with a schedule heading and milestone heading but no items.</summary>
    public static Fault EmptyTable(int? times = null) => new(FaultKind.EmptyTable) { Times = times };

    /// <summary>Answers 302 Found with the absolute <paramref name="location"/> (often another host).</summary>
    public static Fault RedirectTo(Uri location, int? times = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new(FaultKind.Redirect) { Location = location, Times = times };
    }

    /// <summary>Serves a robots.txt ("User-agent: *", "Disallow: <paramref name="path"/>"); inject it on "/robots.txt".</summary>
    public static Fault RobotsDisallow(string path, int? times = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(FaultKind.RobotsDisallow) { Path = path, Times = times };
    }

    /// <inheritdoc />
    public override string ToString() => Kind.ToString();
}
