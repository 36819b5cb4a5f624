using AutoTrack.Oem.Fetchers;
using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Hosting.Persistence;
using AutoTrack.Oem.Hosting.Persistence.Rows;
using AutoTrack.Oem.Hosting.Tests.Storage;
using AutoTrack.Oem.Testing;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Hosting.Tests.Pipeline;

/// <summary>The whole job end to end: sample OEM PDFs served over loopback HTTP by the simulator, read by the
/// real fetchers with PdfPig, stored in a real database. Run against PostgreSQL and SQLite.</summary>
public abstract class PipelineContractTests : IAsyncLifetime
{
    private StorageUnderTest? _storage;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    protected abstract Task<StorageUnderTest> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public async Task DisposeAsync() => await _storage!.DisposeAsync();

    /// <summary>Four Toyota-style and four Hyundai-style vehicles, one document shared by two model years.</summary>
    private static readonly SampleCatalog Small = new(
        SampleCatalog.Default.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide).Where(v => v.Vehicle.Model is "Camry" or "RAV4").Take(4)
            .Concat(SampleCatalog.Default.InStyle(SampleDocumentStyles.HyundaiMatrix).Where(v => v.Vehicle.Model is "Sonata" or "Tucson").Take(4)));

    /// <summary>One node of the job: a service provider wired to a simulator, as a host would be.</summary>
    private async Task<(ServiceProvider Services, OemSimulator Simulator)> NodeAsync(SampleCatalog catalog, Action<string, OemPdfSourceOptions>? index = null,
        Action<OemHttpOptions>? http = null)
    {
        var simulator = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = catalog });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        if (http is not null)
        {
            services.AddOemHttp(http);
        }

        _storage!.Use(services.AddOemScheduleAggregation());
        void Index(OemPdfSourceOptions o, string style)
        {
            o.BaseAddress = simulator.BaseAddress;
            foreach (var sample in catalog.InStyle(style))
            {
                o.AddDocument(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model, sample.DocumentPath);
            }

            index?.Invoke(style, o);
        }

        services.AddToyotaWarrantyGuideFetcher(o => Index(o, SampleDocumentStyles.ToyotaWarrantyGuide));
        services.AddHyundaiMatrixPdfFetcher(o => Index(o, SampleDocumentStyles.HyundaiMatrix));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<IVehicleCatalog>().AddAsync(catalog.Vehicles.Select(v => v.Vehicle));
        return (provider, simulator);
    }

    private async Task<RunSummary> RunAsync(SampleCatalog catalog, Action<string, OemPdfSourceOptions>? index = null)
    {
        var (services, simulator) = await NodeAsync(catalog, index);
        await using (services)
        await using (simulator)
        {
            return await services.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);
        }
    }

    private async Task<T> QueryAsync<T>(Func<OemDatabase, DataConnection, Task<T>> query)
    {
        var services = new ServiceCollection();
        _storage!.Use(services.AddOemScheduleAggregation());
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<OemDatabase>();
        await using var db = await database.OpenAsync(default);
        return await query(database, db);
    }

    private async Task<StoredSchedule?> FindAsync(VehicleDescriptor vehicle)
    {
        var services = new ServiceCollection();
        _storage!.Use(services.AddOemScheduleAggregation());
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<IScheduleLookup>().FindAsync(vehicle);
    }

    private static SampleCatalog With(SampleCatalog catalog, VehicleDescriptor vehicle, Func<SampleService, SampleService> change) =>
        new(catalog.Vehicles.Select(v => v.DocumentPath == catalog.Find(vehicle)!.DocumentPath
            ? v with { Schedule = v.Schedule with { Services = [.. v.Schedule.Services.Select(change)] } }
            : v));

    [Fact]
    public async Task A_run_stores_every_sample_vehicle_read_from_PDFs_over_HTTP()
    {
        var summary = await RunAsync(SampleCatalog.Default);

        Assert.Equal(SampleCatalog.Default.Vehicles.Count, summary.Vehicles);
        Assert.Equal(SampleCatalog.Default.Vehicles.Count, summary.New);
        Assert.Equal(SampleCatalog.Default.DocumentPaths.Count, summary.Documents);
        Assert.Equal(0, summary.Failures + summary.Quarantined + summary.Conflicts);

        foreach (var sample in SampleCatalog.Default.Vehicles)
        {
            var stored = await FindAsync(sample.Vehicle);
            Assert.NotNull(stored);
            var printed = sample.Schedule.Services.SelectMany(s => s.Codes.Select(c => (c, s.Action))).Distinct().ToList();
            Assert.All(printed, p => Assert.Contains(stored.Services, s => s.Service.Code == p.c && s.Service.Action == p.Action));
            Assert.Equal(sample.DocumentPath.TrimStart('/'), stored.SourceUrl!.AbsolutePath.TrimStart('/'));
        }

        var (bodies, attempts) = await QueryAsync(async (database, db) => (
            await database.JobTable<DocumentBodyCount>(db, "document_bodies").CountAsync(),
            await database.JobTable<FetchAttemptRow>(db, "fetch_attempts").Where(a => a.Outcome == "success").CountAsync()));
        Assert.Equal(SampleCatalog.Default.DocumentPaths.Count, bodies);
        Assert.Equal(SampleCatalog.Default.Vehicles.Count, attempts);
    }

    [Fact]
    public async Task A_second_run_over_the_same_documents_is_answered_by_304s_and_writes_no_service_rows()
    {
        var (services, simulator) = await NodeAsync(Small);
        await using (services)
        await using (simulator)
        {
            var pipeline = services.GetRequiredService<ScheduleAggregationPipeline>();
            await pipeline.RunAsync(PipelineRunOptions.Everything);
            var before = await QueryAsync(async (database, db) => (
                Services: await db.GetTable<ServiceRow>().OrderBy(s => s.Id).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync(),
                Versions: await database.JobTable<VersionRow>(db, "schedule_versions").CountAsync(),
                Changes: await database.JobTable<ChangeLogRow>(db, "change_log").CountAsync()));
            var before304 = Small.DocumentPaths.ToDictionary(p => p, simulator.Responses);
            Time.Advance(TimeSpan.FromDays(1));

            var second = await pipeline.RunAsync(PipelineRunOptions.Everything);

            Assert.Equal(Small.Vehicles.Count, second.Unchanged);
            Assert.Equal(0, second.New + second.Changed + second.Reprocessed + second.Failures);
            Assert.Equal(0, second.Documents);
            Assert.Equal(Small.DocumentPaths.Count, second.NotModifiedDocuments);
            // One conditional request per document, answered 304: no body was downloaded.
            Assert.All(Small.DocumentPaths, path =>
            {
                var now = simulator.Responses(path);
                Assert.Equal(before304[path].Ok, now.Ok);
                Assert.Equal(before304[path].NotModified + 1, now.NotModified);
            });
            var after = await QueryAsync(async (database, db) => (
                Services: await db.GetTable<ServiceRow>().OrderBy(s => s.Id).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync(),
                Versions: await database.JobTable<VersionRow>(db, "schedule_versions").CountAsync(),
                Changes: await database.JobTable<ChangeLogRow>(db, "change_log").CountAsync()));
            Assert.Equal(before.Services, after.Services);
            Assert.Equal(before.Versions, after.Versions);
            Assert.Equal(before.Changes, after.Changes);
            var camry = (await FindAsync(Small.Vehicles[0].Vehicle))!;
            Assert.Equal(Time.GetUtcNow(), camry.CheckedAt);
            Assert.Equal(Time.GetUtcNow().AddDays(-1), camry.ChangedAt);
        }
    }

    [Fact]
    public async Task Nodes_sharing_the_database_share_each_hosts_daily_budget_and_spend_it_on_the_stalest_documents_first()
    {
        // The simulator's host gets four requests a day, whichever node sends them: robots.txt and three documents.
        static void Budget(OemHttpOptions o)
        {
            o.ThrottleLoopback = true;
            o.RequestsPerSecond = 500;
            o.Burst = 100;
            o.MaxConcurrencyPerHost = 8;
            o.Hosts["127.0.0.1"] = new HostPolicy { RequestsPerDay = 4 };
        }

        var catalog = SampleCatalog.Default;
        Assert.True(catalog.DocumentPaths.Count >= 7, "the scenario needs more documents than two days of budget");
        var (first, firstOem) = await NodeAsync(catalog, http: Budget);
        var (second, secondOem) = await NodeAsync(catalog, http: Budget);
        await using (first)
        await using (firstOem)
        await using (second)
        await using (secondOem)
        {
            var day1 = await first.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);
            var sameDay = await second.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);
            var fetchedOnDay1 = catalog.DocumentPaths.Where(p => firstOem.RequestCount(p) > 0).ToHashSet();
            Time.Advance(TimeSpan.FromDays(1));
            var day2 = await second.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);
            var fetchedOnDay2 = catalog.DocumentPaths.Where(p => secondOem.RequestCount(p) > 0).ToHashSet();

            Assert.Equal(3, day1.Documents);
            Assert.Equal(4, firstOem.Requests.Count);
            Assert.Equal(catalog.Vehicles.Count(v => !fetchedOnDay1.Contains(v.DocumentPath)), day1.FailuresByOutcome[FetchOutcome.RateLimited]);
            Assert.Equal(0, sameDay.Documents);
            Assert.Equal(catalog.Vehicles.Count, sameDay.FailuresByOutcome[FetchOutcome.RateLimited]);
            Assert.Equal(3, day2.Documents);
            Assert.Equal(4, secondOem.Requests.Count);
            Assert.Empty(fetchedOnDay1.Intersect(fetchedOnDay2));

            var reasons = await QueryAsync(async (database, db) => await database.JobTable<FetchAttemptRow>(db, "fetch_attempts")
                .Where(a => a.Outcome == "rate_limited").Select(a => a.Reason).ToListAsync());
            Assert.All(reasons, r => Assert.Contains("budget of 4 requests to 127.0.0.1 is spent", r, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_changed_OEM_document_is_recorded_as_a_change_and_only_that_schedule_is_rewritten()
    {
        await RunAsync(Small);
        var target = Small.Vehicles.First(v => v.Schedule.Services.Any(s => s.Codes.Contains(ServiceCodes.TireRotation) && !s.IsSevere));
        var changed = With(Small, target.Vehicle, s => s.Codes.Contains(ServiceCodes.TireRotation) && !s.IsSevere
            ? s with { Every = new ServiceInterval(s.Every!.Miles * 2, s.Every.Months * 2) }
            : s);
        var sharing = Small.Vehicles.Count(v => v.DocumentPath == target.DocumentPath);

        var summary = await RunAsync(changed);

        Assert.Equal(sharing, summary.Changed);
        Assert.Equal(Small.Vehicles.Count - sharing, summary.Unchanged);
        var stored = (await FindAsync(target.Vehicle))!;
        var rotation = stored.Services.Single(s => s.Service.Code == ServiceCodes.TireRotation && !s.Service.IsSevere);
        var printed = target.Schedule.Services.First(s => s.Codes.Contains(ServiceCodes.TireRotation) && !s.IsSevere);
        Assert.Equal(printed.Every!.Miles * 2, rotation.Service.Interval!.Miles);
    }

    [Fact]
    public async Task Failures_and_implausible_schedules_never_replace_good_data_and_never_stop_the_run()
    {
        await RunAsync(Small);
        var implausible = Small.Vehicles[0];
        var missing = Small.Vehicles.First(v => v.DocumentPath != implausible.DocumentPath && v.Style == SampleDocumentStyles.ToyotaWarrantyGuide);
        var corrupt = Small.InStyle(SampleDocumentStyles.HyundaiMatrix)[0];
        var goodHashes = new Dictionary<string, string>();
        foreach (var v in new[] { implausible, missing, corrupt })
        {
            goodHashes[v.Vehicle.Key] = (await FindAsync(v.Vehicle))!.Hash.Sha256;
        }

        var bad = With(Small, implausible.Vehicle, s => s.Codes.Contains(ServiceCodes.OilChange) && !s.IsSevere
            ? s with { Every = new ServiceInterval(60_000, 72) }
            : s);
        var summary = await RunAsync(bad, (style, o) =>
        {
            if (style == SampleDocumentStyles.ToyotaWarrantyGuide)
            {
                o.AddDocument(missing.Vehicle.Year, missing.Vehicle.Make, missing.Vehicle.Model, "toyota/wmg/gone.pdf");
            }
            else
            {
                o.AddDocument(corrupt.Vehicle.Year, corrupt.Vehicle.Make, corrupt.Vehicle.Model, BrokenDocumentPaths.Corrupt);
            }
        });

        Assert.Equal(Small.Vehicles.Count(v => v.DocumentPath == implausible.DocumentPath), summary.Quarantined);
        Assert.Equal(1, summary.FailuresByOutcome[FetchOutcome.HttpError]);
        Assert.Equal(1, summary.FailuresByOutcome[FetchOutcome.ParseError]);
        Assert.Equal(Small.Vehicles.Count - summary.Quarantined - 2, summary.Unchanged);
        foreach (var (key, hash) in goodHashes)
        {
            var vehicle = Small.Vehicles.Single(v => v.Vehicle.Key == key).Vehicle;
            Assert.Equal(hash, (await FindAsync(vehicle))!.Hash.Sha256);
        }

        var (quarantine, attempts) = await QueryAsync(async (database, db) => (
            await database.JobTable<QuarantineRow>(db, "quarantine").ToListAsync(),
            await database.JobTable<FetchAttemptRow>(db, "fetch_attempts").Where(a => a.Outcome != "success").ToListAsync()));
        var held = quarantine.Single(q => q.VehicleKey == implausible.Vehicle.Key);
        Assert.Contains("oil_change", held.Reasons, StringComparison.Ordinal);
        Assert.Equal("pending", held.Status);
        Assert.Contains(attempts, a => a.VehicleKey == missing.Vehicle.Key && a.Outcome == "http_error" && a.Reason!.Contains("404", StringComparison.Ordinal));
        Assert.Contains(attempts, a => a.VehicleKey == corrupt.Vehicle.Key && a.Outcome == "parse_error");
        Assert.Contains(attempts, a => a.VehicleKey == implausible.Vehicle.Key && a.Outcome == "quarantined");

        var again = await RunAsync(bad);
        Assert.Single((await QueryAsync((database, db) => database.JobTable<QuarantineRow>(db, "quarantine").Where(q => q.VehicleKey == implausible.Vehicle.Key).ToListAsync())));
        Assert.Equal(summary.Quarantined, again.Quarantined);
    }

    [Fact]
    public async Task A_vehicle_no_fetcher_supports_is_reported_and_the_rest_of_the_run_goes_on()
    {
        var (services, simulator) = await NodeAsync(Small);
        await using (services)
        await using (simulator)
        {
            await services.GetRequiredService<IVehicleCatalog>().AddAsync([VehicleDescriptor.Create(2021, "Ford", "F150")]);

            var summary = await services.GetRequiredService<ScheduleAggregationPipeline>().RunAsync();

            Assert.Equal(1, summary.FailuresByOutcome[FetchOutcome.Unsupported]);
            Assert.Equal(Small.Vehicles.Count, summary.New);
        }
    }

    [Fact]
    public async Task Progress_is_reported_for_every_vehicle()
    {
        var (services, simulator) = await NodeAsync(Small);
        await using (services)
        await using (simulator)
        {
            var reports = new List<PipelineProgress>();
            var progress = new Progress(reports);

            await services.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(progress: progress);

            Assert.Equal(Enumerable.Range(1, Small.Vehicles.Count), reports.Select(r => r.Done).Order());
            Assert.All(reports, r => Assert.Equal(Small.Vehicles.Count, r.Total));
            Assert.All(reports, r => Assert.Equal("fetched", r.Outcome));
        }
    }

    [Fact]
    public async Task Each_shared_document_is_fetched_once_per_run_and_fanned_out()
    {
        var (services, simulator) = await NodeAsync(Small);
        await using (services)
        await using (simulator)
        {
            var summary = await services.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);

            Assert.Equal(Small.DocumentPaths.Count, summary.Documents);
            Assert.Equal(Small.Vehicles.Count, summary.New);
            Assert.All(Small.DocumentPaths, path => Assert.Equal(1, simulator.RequestCount(path)));
            Assert.Contains(Small.Vehicles.GroupBy(v => v.DocumentPath), g => g.Count() > 1);
        }
    }

    [Fact]
    public async Task The_freshness_policy_checks_recent_years_weekly_and_old_ones_monthly()
    {
        var (services, simulator) = await NodeAsync(Small);
        await using (services)
        await using (simulator)
        {
            var pipeline = services.GetRequiredService<ScheduleAggregationPipeline>();
            var first = await pipeline.RunAsync();
            Time.Advance(TimeSpan.FromDays(1));
            var nextDay = await pipeline.RunAsync();
            Time.Advance(TimeSpan.FromDays(7));
            var nextWeek = await pipeline.RunAsync();

            Assert.Equal(Small.Vehicles.Count, first.Vehicles);
            Assert.Equal(0, nextDay.Vehicles); // sample model years 2020-2023 are "recent" in 2026: weekly
            Assert.Equal(Small.Vehicles.Count, nextWeek.Vehicles);
            Assert.Equal(Small.Vehicles.Count, nextWeek.Unchanged);
        }
    }

    [Fact]
    public async Task Fetchers_whose_terms_are_unclear_do_not_run_unless_an_operator_enables_them()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        _storage!.Use(services.AddOemScheduleAggregation(o => o.DisabledFetchers.Add("toyota-wmg-pdf")).AddFetcher<UnclearTermsFetcher>());
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IVehicleCatalog>().AddAsync([VehicleDescriptor.Create(2021, "Mazda", "CX-5")]);

        var summary = await provider.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);

        Assert.Equal(1, summary.FailuresByOutcome[FetchOutcome.SourceDisabled]);
        Assert.Equal(0, UnclearTermsFetcher.Calls);
    }

    [Fact]
    public async Task An_aggregator_is_never_a_silent_substitute_for_OEM_data()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        _storage!.Use(services.AddOemScheduleAggregation().AddFetcher<AggregatorFetcher>());
        await using var provider = services.BuildServiceProvider();
        var cx5 = VehicleDescriptor.Create(2021, "Mazda", "CX-5");
        await provider.GetRequiredService<IVehicleCatalog>().AddAsync([cx5]);

        var summary = await provider.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);

        Assert.Equal(1, summary.FailuresByOutcome[FetchOutcome.Unsupported]);
        Assert.Equal(0, summary.New);
        Assert.Null(await provider.GetRequiredService<IScheduleLookup>().FindAsync(cx5));
        Assert.Equal(0, AggregatorFetcher.Calls);
    }

    private sealed class AggregatorFetcher : MaintenanceFetcher
    {
        public static int Calls;

        public override FetcherMetadata Metadata { get; } = new("aggregator-reference", "Any", SourceKind.Aggregator, 900) { TermsOfUse = TermsOfUse.DocumentedApi };

        public override bool Supports(VehicleDescriptor vehicle) => true;

        public override Task<FetchResult> FetchScheduleAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(FetchResult.Success(new RawSchedule(new Uri("https://aggregator.example/"), SourceKind.Aggregator, DateTimeOffset.UnixEpoch,
                [new RawScheduleItem("Replace engine oil every 5,000 miles")])));
        }
    }

    private sealed class UnclearTermsFetcher : MaintenanceFetcher
    {
        public static int Calls;

        public override FetcherMetadata Metadata { get; } = new("mazda-portal-unclear", "Mazda", SourceKind.OemPortal, 200);

        public override bool Supports(VehicleDescriptor vehicle) => vehicle.MakeKey == "mazda";

        public override Task<FetchResult> FetchScheduleAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(FetchResult.Failed(FetchOutcome.HttpError, "must not be called"));
        }
    }

    private sealed class Progress(List<PipelineProgress> reports) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    [LinqToDB.Mapping.Table("document_bodies")]
    private sealed class DocumentBodyCount
    {
        [LinqToDB.Mapping.Column("sha256")]
        public string Sha256 { get; set; } = string.Empty;
    }
}

public sealed class PostgresPipelineTests : PipelineContractTests
{
    protected override async Task<StorageUnderTest> CreateStorageAsync() => await PostgresStorage.CreateAsync();
}

public sealed class SqlitePipelineTests : PipelineContractTests
{
    protected override Task<StorageUnderTest> CreateStorageAsync() => Task.FromResult<StorageUnderTest>(new SqliteStorage());
}
