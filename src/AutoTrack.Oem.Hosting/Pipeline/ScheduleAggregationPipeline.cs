using System.Collections.Concurrent;
using System.Diagnostics;
using AutoTrack.Oem.Hosting.Persistence;
using AutoTrack.Oem.Hosting.Persistence.Rows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Hosting;

/// <summary>
/// One run of the job, top to bottom: catalog and freshness policy → route each vehicle to its fetchers →
/// resolve vehicles to documents → fetch each document once (conditionally) → normalize → validate → hash →
/// persist, with a <see cref="RunSummary"/>. Safe to rerun: unchanged documents cost one 304 and unchanged
/// schedules only touch <c>checked_at</c>. A failing fetcher or an implausible schedule never stops the run and
/// never overwrites good data.
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
        // The same fetcher registered twice (explicitly and by scanning) runs once.
        _fetchers = [.. fetchers.DistinctBy(f => f.Metadata.Name, StringComparer.Ordinal).OrderBy(f => f.Metadata.Priority).ThenBy(f => f.Metadata.Name, StringComparer.Ordinal)];
        _catalog = catalog;
        _jobs = jobs;
        _writer = writer;
        _normalizer = normalizer;
        _options = options.Value;
        _validator = new ScheduleValidator(normalizer.Taxonomy, _options.Validation);
        _time = time;
        _logger = logger;
    }

    /// <summary>The fetchers in routing order (OEM APIs, then portals and PDFs, then reference sources).</summary>
    public IReadOnlyList<MaintenanceFetcher> Fetchers => _fetchers;

    /// <summary>Runs the pipeline. By default a scheduled run: the freshness policy decides which vehicles are due;
    /// pass <see cref="PipelineRunOptions.Everything"/> (or a vehicle filter) for a manual refresh.</summary>
    public async Task<RunSummary> RunAsync(PipelineRunOptions? run = null, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        run ??= PipelineRunOptions.Scheduled;
        var runId = Guid.CreateVersion7(_time.GetUtcNow());
        var started = _time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var state = new RunState(runId);

        // 1. Catalog and freshness: what is due.
        var catalog = await _catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        var published = await _jobs.GetPublishedStateAsync([.. catalog.Select(v => v.Key)], cancellationToken).ConfigureAwait(false);
        var due = catalog
            .Where(v => run.OnlyVehicleKeys is null || run.OnlyVehicleKeys.Contains(v.Key))
            .Where(v => run.IgnoreFreshness || _options.Freshness.IsDue(v.Year, published.GetValueOrDefault(v.Key)?.CheckedAt, started))
            .ToList();
        Log.RunStarted(_logger, runId, due.Count);

        // 2. Route: documents shared by several vehicles are fetched once; other vehicles one by one.
        var plan = Plan(due, state);
        var validators = run.Unconditional ? new Dictionary<string, DocumentValidators>()
            : await _jobs.GetValidatorsAsync([.. plan.Documents.Keys.Select(k => k.Url)], cancellationToken).ConfigureAwait(false);
        var done = 0;
        void Report(VehicleDescriptor vehicle, string outcome) =>
            progress?.Report(new PipelineProgress(Interlocked.Increment(ref done), due.Count, vehicle, outcome));
        foreach (var vehicle in state.Skipped)
        {
            Report(vehicle, state.OutcomeOf(vehicle));
        }

        // 3. Fetch each document once; fan the result out to its vehicles. The stalest go first (never checked, then
        // oldest check), so a host's daily request budget is spent where it is needed most.
        DateTimeOffset LastChecked(VehicleDescriptor vehicle) => published.GetValueOrDefault(vehicle.Key)?.CheckedAt ?? DateTimeOffset.MinValue;
        var documents = plan.Documents.OrderBy(d => d.Value.Min(LastChecked)).ThenBy(d => d.Key.Url, StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentFetches, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                var ((fetcher, url), vehicles) = (entry.Key, entry.Value);
                // A conditional request is only safe when every vehicle's published version was read from the stored copy.
                var known = validators.TryGetValue(url, out var v) && vehicles.All(x => published.GetValueOrDefault(x.Key)?.DocumentSha256 is { } sha && sha == v.ContentSha256)
                    ? v : null;
                var result = await GuardAsync(fetcher, vehicles[0], () => fetcher.FetchDocumentAsync(new DocumentReference(new Uri(url)), known, ct), ct).ConfigureAwait(false);
                state.Attempt(Attempt(runId, fetcher, vehicles[0], result, url, result.Elapsed), vehicles);
                if (result.Result.Outcome == FetchOutcome.NotModified)
                {
                    await _writer.TouchAsync(vehicles, ct).ConfigureAwait(false);
                    state.NotModified(vehicles);
                    vehicles.ForEach(x => Report(x, "not_modified"));
                    return;
                }

                if (result.Result.Outcome == FetchOutcome.Success)
                {
                    await AcceptAsync(result.Result, fetcher, vehicles, state, ct).ConfigureAwait(false);
                    vehicles.ForEach(x => Report(x, "fetched"));
                    return;
                }

                Log.FetchFailed(_logger, url, fetcher.Metadata.Name, result.Result.Outcome.Code(), result.Result.Reason);
                foreach (var vehicle in vehicles)
                {
                    var fallback = await FetchByVehicleAsync(vehicle, [.. plan.FetchersFor(vehicle).Where(f => f != fetcher)], state, ct).ConfigureAwait(false) ?? result.Result;
                    Report(vehicle, Settle(fallback, state));
                }
            }).ConfigureAwait(false);

        await Parallel.ForEachAsync(plan.PerVehicle.OrderBy(LastChecked).ThenBy(v => v.Key, StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentFetches, CancellationToken = cancellationToken },
            async (vehicle, ct) =>
            {
                var result = await FetchByVehicleAsync(vehicle, plan.FetchersFor(vehicle), state, ct).ConfigureAwait(false)
                    ?? FetchResult.Failed(FetchOutcome.Unsupported, $"no fetcher supports {vehicle}");
                Report(vehicle, Settle(result, state));
            }).ConfigureAwait(false);

        // 4. Validate against what is published, quarantine the implausible, persist the rest in batches.
        var previous = await _jobs.LoadPublishedAsync([.. state.Candidates.Select(c => c.Vehicle.Key)], cancellationToken).ConfigureAwait(false);
        var writes = new List<ScheduleWrite>();
        var quarantined = 0;
        foreach (var candidate in state.Candidates.OrderBy(c => c.Vehicle.Key, StringComparer.Ordinal))
        {
            var verdict = _validator.Validate(candidate.Schedule, previous.GetValueOrDefault(candidate.Vehicle.Key));
            var sourceUrl = candidate.Result.Schedule!.SourceUrl;
            if (verdict.ShouldQuarantine)
            {
                quarantined++;
                Log.Quarantined(_logger, candidate.Vehicle.ToString(), verdict.Reasons);
                await _jobs.QuarantineAsync(candidate.Vehicle, candidate.Schedule, candidate.Hash, verdict, sourceUrl, candidate.Result.Document?.Sha256, cancellationToken).ConfigureAwait(false);
                state.Attempt(Attempt(runId, candidate.Fetcher, candidate.Vehicle, new Guarded(FetchResult.Failed(FetchOutcome.Quarantined, verdict.Reasons), TimeSpan.Zero), sourceUrl.ToString(), TimeSpan.Zero), []);
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

        await _jobs.RecordAttemptsAsync([.. state.Attempts], cancellationToken).ConfigureAwait(false);
        var summary = new RunSummary
        {
            RunId = runId,
            StartedAt = started,
            Duration = clock.Elapsed,
            Vehicles = due.Count,
            Documents = state.DocumentsRead,
            NotModifiedDocuments = state.NotModifiedDocuments,
            New = results.Count(r => r.Outcome == WriteOutcome.Created),
            Changed = results.Count(r => r.Outcome == WriteOutcome.Changed),
            Unchanged = results.Count(r => r.Outcome == WriteOutcome.Unchanged) + state.NotModifiedVehicles,
            Reprocessed = results.Count(r => r.Outcome == WriteOutcome.Reprocessed),
            Conflicts = results.Count(r => r.Outcome == WriteOutcome.Conflict),
            Quarantined = quarantined,
            SafetyCriticalChanges = results.Count(r => r.Outcome == WriteOutcome.Changed && r.Diff is { HasSafetyCriticalChanges: true }),
            FailuresByOutcome = state.Failures.ToDictionary(),
        };
        await _jobs.RecordRunAsync(summary, cancellationToken).ConfigureAwait(false);
        Log.RunFinished(_logger, runId, summary.ToString());
        return summary;
    }

    private bool IsEnabled(MaintenanceFetcher fetcher) =>
        !_options.DisabledFetchers.Contains(fetcher.Metadata.Name)
        && (fetcher.Metadata.EnabledByDefault || _options.EnabledFetchers.Contains(fetcher.Metadata.Name));

    /// <summary>Routes vehicles: the enabled fetchers that support each one, by priority; the first of them that
    /// resolves a document puts the vehicle in that document's group.</summary>
    private RunPlan Plan(List<VehicleDescriptor> vehicles, RunState state)
    {
        var plan = new RunPlan();
        foreach (var vehicle in vehicles)
        {
            // Reference sources (aggregators) validate and fill gaps; they are never stored as if they were OEM data.
            var all = _fetchers.Where(f => f.Supports(vehicle)).ToList();
            var supporting = all.Where(f => !f.Metadata.IsReference).ToList();
            var enabled = supporting.Where(IsEnabled).ToList();
            if (enabled.Count == 0)
            {
                var (outcome, reason) = supporting.Count == 0
                    ? (FetchOutcome.Unsupported, all.Count == 0
                        ? $"no fetcher supports {vehicle}"
                        : $"only reference sources ({string.Join(", ", all.Select(f => f.Metadata.Name))}) cover {vehicle}; they are never a substitute for OEM data")
                    : (FetchOutcome.SourceDisabled, $"{string.Join(", ", supporting.Select(f => f.Metadata.Name))} disabled (terms of use not established, or turned off by an operator)");
                state.Fail(outcome);
                state.Attempt(new FetchAttemptRow
                {
                    RunId = state.RunId, Fetcher = supporting.Count == 0 ? "(none)" : supporting[0].Metadata.Name, Manufacturer = vehicle.ManufacturerKey,
                    VehicleKey = vehicle.Key, Outcome = outcome.Code(), Reason = reason, AttemptedAt = _time.GetUtcNow(),
                }, []);
                state.Skip(vehicle, outcome.Code());
                continue;
            }

            plan.Route(vehicle, enabled);
            var primary = enabled[0];
            if (primary.ResolveDocument(vehicle) is { } document)
            {
                plan.AddToDocument(primary, document.Url.ToString(), vehicle);
            }
            else
            {
                plan.PerVehicle.Add(vehicle);
            }
        }

        return plan;
    }

    private async Task<FetchResult?> FetchByVehicleAsync(VehicleDescriptor vehicle, IReadOnlyList<MaintenanceFetcher> fetchers, RunState state, CancellationToken cancellationToken)
    {
        FetchResult? last = null;
        foreach (var fetcher in fetchers)
        {
            var guarded = await GuardAsync(fetcher, vehicle, () => fetcher.FetchScheduleAsync(vehicle, cancellationToken), cancellationToken).ConfigureAwait(false);
            last = guarded.Result;
            state.Attempt(Attempt(state.RunId, fetcher, vehicle, guarded, last.Schedule?.SourceUrl?.ToString() ?? last.Document?.Url.ToString(), guarded.Elapsed), []);
            if (last.Outcome == FetchOutcome.Success)
            {
                await AcceptAsync(last, fetcher, [vehicle], state, cancellationToken).ConfigureAwait(false);
                return last;
            }

            Log.FetchFailed(_logger, vehicle.ToString(), fetcher.Metadata.Name, last.Outcome.Code(), last.Reason);
        }

        return last;
    }

    /// <summary>Turns a vehicle's final fetch result into its progress outcome (failures are counted).</summary>
    private static string Settle(FetchResult result, RunState state)
    {
        if (result.Outcome == FetchOutcome.Success)
        {
            return "fetched";
        }

        state.Fail(result.Outcome);
        return result.Outcome.Code();
    }

    /// <summary>Stores the document once, normalizes once, and makes a candidate for every vehicle it covers.</summary>
    private async Task AcceptAsync(FetchResult result, MaintenanceFetcher fetcher, IReadOnlyList<VehicleDescriptor> vehicles, RunState state, CancellationToken cancellationToken)
    {
        if (result.Document is { } document && state.FirstRead(document.Sha256))
        {
            await _jobs.StoreDocumentAsync(document, cancellationToken).ConfigureAwait(false);
        }

        var schedule = _normalizer.Normalize(result.Schedule!);
        var hash = ScheduleHasher.Compute(schedule);
        foreach (var vehicle in vehicles)
        {
            state.Candidates.Add(new Candidate(vehicle, schedule, hash, result, fetcher));
        }
    }

    /// <summary>Runs a fetcher call so that a plugin's bug becomes that fetch's failure, never the run's.</summary>
    private async Task<Guarded> GuardAsync(MaintenanceFetcher fetcher, VehicleDescriptor vehicle, Func<Task<FetchResult>> call, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return new Guarded(await call().ConfigureAwait(false), clock.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A plugin's bug must not stop the run: it is recorded as that fetch's failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.FetcherThrew(_logger, exception, fetcher.Metadata.Name, vehicle.ToString());
            return new Guarded(FetchResult.Failed(FetchOutcome.ParseError, $"{fetcher.Metadata.Name} threw {exception.GetType().Name}: {exception.Message}"), clock.Elapsed);
        }
    }

    private FetchAttemptRow Attempt(Guid runId, MaintenanceFetcher fetcher, VehicleDescriptor vehicle, Guarded result, string? url, TimeSpan duration) => new()
    {
        RunId = runId,
        Fetcher = fetcher.Metadata.Name,
        Manufacturer = vehicle.ManufacturerKey,
        VehicleKey = vehicle.Key,
        DocumentUrl = url,
        Outcome = result.Result.Outcome.Code(),
        Reason = result.Result.Reason,
        DurationMs = (int)duration.TotalMilliseconds,
        AttemptedAt = _time.GetUtcNow(),
    };

    private sealed record Guarded(FetchResult Result, TimeSpan Elapsed);

    private sealed record Candidate(VehicleDescriptor Vehicle, NormalizedSchedule Schedule, ScheduleHash Hash, FetchResult Result, MaintenanceFetcher Fetcher);

    /// <summary>Which document groups and single vehicles a run fetches, and each vehicle's fetchers in order.</summary>
    private sealed class RunPlan
    {
        private readonly Dictionary<string, IReadOnlyList<MaintenanceFetcher>> _routes = new(StringComparer.Ordinal);

        public Dictionary<(MaintenanceFetcher Fetcher, string Url), List<VehicleDescriptor>> Documents { get; } = [];

        public List<VehicleDescriptor> PerVehicle { get; } = [];

        public void Route(VehicleDescriptor vehicle, IReadOnlyList<MaintenanceFetcher> fetchers) => _routes[vehicle.Key] = fetchers;

        public IReadOnlyList<MaintenanceFetcher> FetchersFor(VehicleDescriptor vehicle) => _routes.GetValueOrDefault(vehicle.Key) ?? [];

        public void AddToDocument(MaintenanceFetcher fetcher, string url, VehicleDescriptor vehicle)
        {
            if (!Documents.TryGetValue((fetcher, url), out var vehicles))
            {
                Documents[(fetcher, url)] = vehicles = [];
            }

            vehicles.Add(vehicle);
        }
    }

    /// <summary>Everything a run accumulates, safe for the parallel fetch loops.</summary>
    private sealed class RunState(Guid runId)
    {
        private readonly ConcurrentDictionary<string, byte> _documents = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> _skipped = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<VehicleDescriptor> _skippedOrder = new();
        private int _notModifiedDocuments;
        private int _notModifiedVehicles;

        public Guid RunId { get; } = runId;

        public ConcurrentBag<FetchAttemptRow> Attempts { get; } = [];

        public ConcurrentDictionary<FetchOutcome, int> Failures { get; } = new();

        public ConcurrentBag<Candidate> Candidates { get; } = [];

        public IEnumerable<VehicleDescriptor> Skipped => _skippedOrder;

        public int DocumentsRead => _documents.Count;

        public int NotModifiedDocuments => _notModifiedDocuments;

        public int NotModifiedVehicles => _notModifiedVehicles;

        public bool FirstRead(string sha256) => _documents.TryAdd(sha256, 0);

        public void Attempt(FetchAttemptRow row, IReadOnlyList<VehicleDescriptor> alsoFor)
        {
            Attempts.Add(row);
            foreach (var other in alsoFor.Skip(1))
            {
                Attempts.Add(new FetchAttemptRow
                {
                    RunId = row.RunId, Fetcher = row.Fetcher, Manufacturer = other.ManufacturerKey, VehicleKey = other.Key, DocumentUrl = row.DocumentUrl,
                    Outcome = row.Outcome, Reason = row.Reason, DurationMs = 0, AttemptedAt = row.AttemptedAt,
                });
            }
        }

        public void Fail(FetchOutcome outcome) => Failures.AddOrUpdate(outcome, 1, (_, n) => n + 1);

        public void Skip(VehicleDescriptor vehicle, string outcome)
        {
            _skipped[vehicle.Key] = outcome;
            _skippedOrder.Enqueue(vehicle);
        }

        public string OutcomeOf(VehicleDescriptor vehicle) => _skipped.GetValueOrDefault(vehicle.Key, "skipped");

        public void NotModified(List<VehicleDescriptor> vehicles)
        {
            Interlocked.Increment(ref _notModifiedDocuments);
            Interlocked.Add(ref _notModifiedVehicles, vehicles.Count);
        }
    }
}
