using System.Collections.Concurrent;
using System.Diagnostics;
using AutoTrack.Oem.Hosting.Persistence;
using AutoTrack.Oem.Hosting.Persistence.Rows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Hosting;

/// <summary>
/// One run of the job, top to bottom: catalog → fetch → normalize → validate → hash → persist, with a
/// <see cref="RunSummary"/>. Safe to rerun: unchanged schedules only touch <c>checked_at</c>. A failing
/// fetcher or an implausible schedule never stops the run and never overwrites good data.
/// </summary>
public sealed class ScheduleAggregationPipeline
{
    private readonly IReadOnlyList<MaintenanceFetcher> _fetchers;
    private readonly IVehicleCatalog _catalog;
    private readonly JobStore _jobs;
    private readonly ScheduleWriter _writer;
    private readonly ScheduleNormalizer _normalizer;
    private readonly ScheduleValidator _validator;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OemAggregationOptions _options;

    internal ScheduleAggregationPipeline(IEnumerable<MaintenanceFetcher> fetchers, IVehicleCatalog catalog, JobStore jobs, ScheduleWriter writer,
        ScheduleNormalizer normalizer, IOptions<OemAggregationOptions> options, TimeProvider time, ILogger<ScheduleAggregationPipeline> logger)
    {
        _fetchers = [.. fetchers.OrderBy(f => f.Metadata.Priority).ThenBy(f => f.Metadata.Name, StringComparer.Ordinal)];
        _catalog = catalog;
        _jobs = jobs;
        _writer = writer;
        _normalizer = normalizer;
        _options = options.Value;
        _validator = new ScheduleValidator(normalizer.Taxonomy, _options.Validation);
        _time = time;
        _logger = logger;
    }

    /// <summary>The fetchers in routing order.</summary>
    public IReadOnlyList<MaintenanceFetcher> Fetchers => _fetchers;

    /// <summary>Runs the pipeline over every enabled vehicle of the catalog.</summary>
    public async Task<RunSummary> RunAsync(IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var runId = Guid.CreateVersion7(_time.GetUtcNow());
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var vehicles = await _catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        Log.RunStarted(_logger, runId, vehicles.Count);

        // Fetch and normalize.
        var attempts = new ConcurrentBag<FetchAttemptRow>();
        var failures = new ConcurrentDictionary<FetchOutcome, int>();
        var candidates = new ConcurrentBag<Candidate>();
        var documents = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var done = 0;
        await Parallel.ForEachAsync(vehicles, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentFetches, CancellationToken = cancellationToken },
            async (vehicle, ct) =>
            {
                var (result, fetcher) = await FetchAsync(vehicle, runId, attempts, ct).ConfigureAwait(false);
                string outcome;
                if (result.Outcome == FetchOutcome.Success)
                {
                    if (result.Document is { } document && documents.TryAdd(document.Sha256, 0))
                    {
                        await _jobs.StoreDocumentAsync(document, ct).ConfigureAwait(false);
                    }

                    var schedule = _normalizer.Normalize(result.Schedule!);
                    candidates.Add(new Candidate(vehicle, schedule, ScheduleHasher.Compute(schedule), result, fetcher!));
                    outcome = "fetched";
                }
                else
                {
                    failures.AddOrUpdate(result.Outcome, 1, (_, n) => n + 1);
                    outcome = result.Outcome.Code();
                }

                progress?.Report(new PipelineProgress(Interlocked.Increment(ref done), vehicles.Count, vehicle, outcome));
            }).ConfigureAwait(false);

        // Validate against what is published, quarantine the implausible, persist the rest in batches.
        var published = await _jobs.LoadPublishedAsync([.. candidates.Select(c => c.Vehicle.Key)], cancellationToken).ConfigureAwait(false);
        var writes = new List<ScheduleWrite>();
        var quarantined = 0;
        foreach (var candidate in candidates.OrderBy(c => c.Vehicle.Key, StringComparer.Ordinal))
        {
            published.TryGetValue(candidate.Vehicle.Key, out var previous);
            var verdict = _validator.Validate(candidate.Schedule, previous);
            var sourceUrl = candidate.Result.Schedule!.SourceUrl;
            if (verdict.ShouldQuarantine)
            {
                quarantined++;
                Log.Quarantined(_logger, candidate.Vehicle.ToString(), verdict.Reasons);
                await _jobs.QuarantineAsync(candidate.Vehicle, candidate.Schedule, candidate.Hash, verdict, sourceUrl, candidate.Result.Document?.Sha256, cancellationToken).ConfigureAwait(false);
                attempts.Add(Attempt(runId, candidate.Fetcher, candidate.Vehicle, FetchOutcome.Quarantined, verdict.Reasons, sourceUrl, TimeSpan.Zero));
                continue;
            }

            writes.Add(new ScheduleWrite(candidate.Vehicle, candidate.Schedule, candidate.Hash, candidate.Result.Schedule.SourceKind, sourceUrl, candidate.Result.Document?.Sha256));
        }

        var results = new List<WriteResult>();
        foreach (var batch in writes.Chunk(_options.WriteBatchSize))
        {
            results.AddRange(await _writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        foreach (var result in results)
        {
            if (result.Outcome == WriteOutcome.Conflict)
            {
                Log.WriteConflict(_logger, result.Write.Vehicle.ToString());
            }
            else if (result.Outcome == WriteOutcome.Changed && result.Diff is { HasSafetyCriticalChanges: true } diff)
            {
                Log.SafetyCriticalChange(_logger, result.Write.Vehicle.ToString(), string.Join("; ", diff.Changes.Where(c => c.SafetyCritical)));
            }
        }

        await _jobs.RecordAttemptsAsync([.. attempts], cancellationToken).ConfigureAwait(false);
        var summary = new RunSummary
        {
            RunId = runId,
            StartedAt = started,
            Duration = clock.Elapsed,
            Vehicles = vehicles.Count,
            Documents = documents.Count,
            New = results.Count(r => r.Outcome == WriteOutcome.Created),
            Changed = results.Count(r => r.Outcome == WriteOutcome.Changed),
            Unchanged = results.Count(r => r.Outcome == WriteOutcome.Unchanged),
            Reprocessed = results.Count(r => r.Outcome == WriteOutcome.Reprocessed),
            Conflicts = results.Count(r => r.Outcome == WriteOutcome.Conflict),
            Quarantined = quarantined,
            SafetyCriticalChanges = results.Count(r => r.Outcome == WriteOutcome.Changed && r.Diff is { HasSafetyCriticalChanges: true }),
            FailuresByOutcome = failures.ToDictionary(),
        };
        await _jobs.RecordRunAsync(summary, cancellationToken).ConfigureAwait(false);
        Log.RunFinished(_logger, runId, summary.ToString());
        return summary;
    }

    private sealed record Candidate(VehicleDescriptor Vehicle, NormalizedSchedule Schedule, ScheduleHash Hash, FetchResult Result, MaintenanceFetcher Fetcher);

    /// <summary>Tries the fetchers that support the vehicle in priority order until one succeeds.</summary>
    private async Task<(FetchResult Result, MaintenanceFetcher? Fetcher)> FetchAsync(VehicleDescriptor vehicle, Guid runId, ConcurrentBag<FetchAttemptRow> attempts, CancellationToken cancellationToken)
    {
        var supporting = _fetchers.Where(f => f.Supports(vehicle)).ToList();
        if (supporting.Count == 0)
        {
            var reason = $"no fetcher supports {vehicle}";
            attempts.Add(new FetchAttemptRow
            {
                RunId = runId, Fetcher = "(none)", Manufacturer = vehicle.ManufacturerKey, VehicleKey = vehicle.Key,
                Outcome = FetchOutcome.Unsupported.Code(), Reason = reason, AttemptedAt = _time.GetUtcNow(),
            });
            return (FetchResult.Failed(FetchOutcome.Unsupported, reason), null);
        }

        FetchResult last = FetchResult.Failed(FetchOutcome.Unsupported, $"no fetcher supports {vehicle}");
        foreach (var fetcher in supporting)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                last = await fetcher.FetchScheduleAsync(vehicle, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A plugin's bug must not stop the run: it is recorded as that vehicle's failure.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.FetcherThrew(_logger, exception, fetcher.Metadata.Name, vehicle.ToString());
                last = FetchResult.Failed(FetchOutcome.ParseError, $"{fetcher.Metadata.Name} threw {exception.GetType().Name}: {exception.Message}");
            }

            attempts.Add(Attempt(runId, fetcher, vehicle, last.Outcome, last.Reason, last.Schedule?.SourceUrl ?? last.Document?.Url, clock.Elapsed));
            if (last.Outcome == FetchOutcome.Success)
            {
                return (last, fetcher);
            }

            Log.FetchFailed(_logger, vehicle.ToString(), fetcher.Metadata.Name, last.Outcome.Code(), last.Reason);
        }

        return (last, null);
    }

    private FetchAttemptRow Attempt(Guid runId, MaintenanceFetcher fetcher, VehicleDescriptor vehicle, FetchOutcome outcome, string? reason, Uri? url, TimeSpan duration) => new()
    {
        RunId = runId,
        Fetcher = fetcher.Metadata.Name,
        Manufacturer = vehicle.ManufacturerKey,
        VehicleKey = vehicle.Key,
        DocumentUrl = url?.ToString(),
        Outcome = outcome.Code(),
        Reason = reason,
        DurationMs = (int)duration.TotalMilliseconds,
        AttemptedAt = _time.GetUtcNow(),
    };
}
