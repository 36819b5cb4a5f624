using System.ComponentModel.DataAnnotations;
using DataResult = System.ComponentModel.DataAnnotations.ValidationResult;

namespace AutoTrack.Oem.Fetchers.Http;

/// <summary>
/// How politely every AutoTrack.Oem HTTP client behaves, per host: rate and concurrency limits, the kill switch,
/// robots.txt, retries, the circuit breaker, redirects and HTTPS. Configure with <c>services.AddOemHttp(o =&gt; ...)</c>;
/// validated when the host starts.
/// </summary>
public sealed class OemHttpOptions : IValidatableObject
{
    /// <summary>Default requests per second to one host (token bucket; 1 by default).</summary>
    [Range(0.001, 1_000)]
    public double RequestsPerSecond { get; set; } = 1;

    /// <summary>Requests that may be sent at once after an idle period (token bucket size; 2 by default).</summary>
    [Range(1, 1_000)]
    public int Burst { get; set; } = 2;

    /// <summary>Default requests in flight at once to one host (2 by default).</summary>
    [Range(1, 1_000)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Default requests per UTC day to one host, retries and robots.txt included (10,000 by default; null for
    /// no daily limit). Counted by <see cref="IHostRequestBudget"/>: per process by default, shared by every node when
    /// the aggregation keeps it in its database. A request over budget is not sent and fails with
    /// <see cref="FetchOutcome.RateLimited"/>. Loopback hosts are exempt unless <see cref="ThrottleLoopback"/> is set.</summary>
    [Range(1, int.MaxValue)]
    public int? RequestsPerDay { get; set; } = 10_000;

    /// <summary>Per-host overrides, keyed by host name ("oem.example"), case-insensitive.</summary>
    public IDictionary<string, HostPolicy> Hosts { get; } = new Dictionary<string, HostPolicy>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hosts disabled from the start; see <see cref="IHostSwitchboard"/> to disable one while running.</summary>
    public ISet<string> DisabledHosts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Apply the rate limit, concurrency limit and Crawl-delay to loopback hosts too (false by default:
    /// loopback is a local simulator or mirror, not someone else's server; robots.txt, the kill switch and retries
    /// still apply).</summary>
    public bool ThrottleLoopback { get; set; }

    /// <summary>Refuse plain http:// to any host but loopback (true by default).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Redirects followed per request (5 by default); each must stay on an allowed host.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Retries after the first attempt on transient failures (5xx, 408, 429, connection errors; 3 by default).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter (2 s by default).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Retry-After honoured; a server asking for more gets no retry (the outcome is reported). 2 minutes by default.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt may take to deliver response headers (30 s by default).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The failure ratio over <see cref="CircuitBreakerSamplingDuration"/> that opens a host's circuit (0.5 by default).</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest attempts in the sampling window before the circuit may open (10 by default).</summary>
    [Range(2, 10_000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window failures are counted over (1 minute by default).</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit refuses requests to the host (1 minute by default).</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Obey robots.txt (true by default; turn off only for hosts you own).</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>How long a host's robots.txt is cached (1 day by default).</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long an unreachable or failing (5xx) robots.txt keeps the whole host disallowed before it is asked
    /// again (15 minutes by default).</summary>
    public TimeSpan RobotsErrorCacheDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest Crawl-delay honoured; longer ones are capped (1 minute by default).</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The requests per second for a host, override first.</summary>
    public double RequestsPerSecondFor(string host) => Hosts.TryGetValue(host, out var p) && p.RequestsPerSecond is { } r ? r : RequestsPerSecond;

    /// <summary>The concurrency limit for a host, override first.</summary>
    public int MaxConcurrencyFor(string host) => Hosts.TryGetValue(host, out var p) && p.MaxConcurrency is { } c ? c : MaxConcurrencyPerHost;

    /// <summary>The daily request budget for a host, override first; null when unlimited.</summary>
    public int? RequestsPerDayFor(string host) => Hosts.TryGetValue(host, out var p) && p.RequestsPerDay is { } d ? d : RequestsPerDay;

    /// <inheritdoc />
    public IEnumerable<DataResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new (string, TimeSpan)[]
        {
            (nameof(AttemptTimeout), AttemptTimeout), (nameof(CircuitBreakerSamplingDuration), CircuitBreakerSamplingDuration),
            (nameof(CircuitBreakerBreakDuration), CircuitBreakerBreakDuration), (nameof(RobotsCacheDuration), RobotsCacheDuration),
            (nameof(RobotsErrorCacheDuration), RobotsErrorCacheDuration),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new DataResult($"{name} must be positive; it is {value}.", [name]);
            }
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero || MaxCrawlDelay < TimeSpan.Zero)
        {
            yield return new DataResult("RetryBaseDelay, MaxRetryAfter and MaxCrawlDelay must not be negative.", [nameof(RetryBaseDelay)]);
        }

        foreach (var (host, policy) in Hosts)
        {
            if (string.IsNullOrWhiteSpace(host) || policy is null)
            {
                yield return new DataResult($"Hosts['{host}'] needs a host name and a policy.", [nameof(Hosts)]);
                continue;
            }

            var context = new ValidationContext(policy);
            var results = new List<DataResult>();
            if (!Validator.TryValidateObject(policy, context, results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new DataResult($"Hosts['{host}']: {result.ErrorMessage}", [nameof(Hosts)]);
                }
            }
        }
    }
}
