using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Hosting.Persistence;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Hosting.Tests.Storage;

/// <summary>The same contract, run against a real PostgreSQL server and against SQLite.</summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private StorageUnderTest? _storage;
    private ServiceProvider? _services;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    protected StorageUnderTest Storage => _storage!;

    protected IServiceProvider Services => _services!;

    protected abstract Task<StorageUnderTest> CreateStorageAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        _services = BuildServices();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    protected ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        Storage.Use(services.AddOemScheduleAggregation());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    internal static readonly VehicleDescriptor Camry = VehicleDescriptor.Create(2021, "toyota", "camry") with { Trim = TrimSelector.All };

    internal static ScheduleWrite Write(VehicleDescriptor vehicle, string document = "doc-1", params string[] lines)
    {
        var raw = new RawSchedule(new Uri("https://oem.example/guide.pdf"), SourceKind.OemPdf, DateTimeOffset.UnixEpoch,
            [.. (lines.Length == 0 ? DefaultLines : lines).Select(l => new RawScheduleItem(l))]);
        var schedule = new ScheduleNormalizer().Normalize(raw);
        return new ScheduleWrite(vehicle, schedule, ScheduleHasher.Compute(schedule), SourceKind.OemPdf, raw.SourceUrl, document);
    }

    internal static readonly string[] DefaultLines =
    [
        "Replace engine oil and oil filter every 10,000 miles or 12 months",
        "Rotate tires every 5,000 miles",
        "Replace brake fluid every 3 years",
        "Replace engine coolant at 100,000 miles, then every 50,000 miles",
    ];

    private ScheduleWriter Writer => Services.GetRequiredService<ScheduleWriter>();

    private async Task<List<Persistence.Rows.ServiceRow>> ServicesOfAsync(Guid scheduleId)
    {
        await using var db = await Services.GetRequiredService<OemDatabase>().OpenAsync(default);
        return await db.GetTable<Persistence.Rows.ServiceRow>().Where(s => s.ScheduleId == scheduleId).OrderBy(s => s.NaturalKey).ToListAsync();
    }

    private async Task<List<T>> JobRowsAsync<T>(string table)
        where T : class
    {
        var database = Services.GetRequiredService<OemDatabase>();
        await using var db = await database.OpenAsync(default);
        return await database.JobTable<T>(db, table).ToListAsync();
    }

    [Fact]
    public async Task Migrations_apply_once_and_again_without_change()
    {
        var database = Services.GetRequiredService<OemDatabase>();
        await database.EnsureMigratedAsync(default);

        await using var other = BuildServices();
        await other.GetRequiredService<OemDatabase>().EnsureMigratedAsync(default);

        await using var db = await database.OpenAsync(default);
        var versions = await db.QueryToListAsync<string>($"SELECT version FROM {database.Job("schema_migrations")}");
        Assert.Equal(Migrator.Scripts(database.Kind).Select(m => m.Version), versions.Order(StringComparer.Ordinal));
        Assert.Contains("0001_initial", versions);
    }

    [Fact]
    public async Task Every_node_using_the_database_shares_one_daily_budget_per_host()
    {
        await using var other = BuildServices();
        var nodes = new[] { Services.GetRequiredService<IHostRequestBudget>(), other.GetRequiredService<IHostRequestBudget>() };
        Assert.All(nodes, n => Assert.IsType<DatabaseHostRequestBudget>(n));
        var day = new DateOnly(2026, 12, 4);

        var grants = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
            await nodes[i % 2].TryTakeAsync(i % 3 == 0 ? "OEM.example" : "oem.example", day, 25, CancellationToken.None))));

        Assert.Equal(25, grants.Count(g => g));
        Assert.False(await nodes[0].TryTakeAsync("oem.example", day, 25, CancellationToken.None));
        Assert.True(await nodes[1].TryTakeAsync("oem.example", day, 26, CancellationToken.None));
        Assert.True(await nodes[0].TryTakeAsync("other.example", day, 1, CancellationToken.None));
        Assert.True(await nodes[1].TryTakeAsync("oem.example", day.AddDays(1), 1, CancellationToken.None));
    }

    [Fact]
    public async Task Budget_rows_older_than_thirty_days_are_pruned()
    {
        var budget = Services.GetRequiredService<IHostRequestBudget>();
        var old = new DateOnly(2026, 10, 1);
        Assert.True(await budget.TryTakeAsync("oem.example", old, 5, CancellationToken.None));

        Assert.True(await budget.TryTakeAsync("oem.example", old.AddDays(40), 5, CancellationToken.None));

        var database = Services.GetRequiredService<OemDatabase>();
        await using var db = await database.OpenAsync(default);
        Assert.Equal(1, await db.ExecuteAsync<int>($"SELECT COUNT(*) FROM {database.Job("host_request_budget")}"));
    }

    [Fact]
    public async Task A_host_budget_registered_by_the_application_is_kept()
    {
        var services = new ServiceCollection();
        var own = new AutoTrack.Oem.Fetchers.Http.InMemoryHostRequestBudget();
        services.AddSingleton<IHostRequestBudget>(own);
        Storage.Use(services.AddOemScheduleAggregation());
        services.AddOemHttp();
        await using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IHostRequestBudget>());
    }

    [Fact]
    public async Task The_database_budget_replaces_the_in_memory_default_whatever_the_registration_order()
    {
        var services = new ServiceCollection();
        services.AddOemHttp();
        Storage.Use(services.AddOemScheduleAggregation());
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<DatabaseHostRequestBudget>(provider.GetRequiredService<IHostRequestBudget>());
    }

    [Fact]
    public async Task A_first_write_creates_the_schedule_its_services_a_version_and_an_outbox_row()
    {
        var result = Assert.Single(await Writer.WriteAsync([Write(Camry)], default));

        Assert.Equal(WriteOutcome.Created, result.Outcome);
        var stored = await Services.GetRequiredService<IScheduleLookup>().FindAsync(Camry);
        Assert.NotNull(stored);
        Assert.Equal(result.Write.Hash, stored.Hash);
        Assert.Equal(result.Write.Schedule.Services.Select(s => s.NaturalKey), stored.Services.Select(s => s.Service.NaturalKey));
        Assert.Equal(result.Write.Schedule.Services.Select(ScheduleHasher.CanonicalService), stored.Services.Select(s => ScheduleHasher.CanonicalService(s.Service)));
        Assert.Equal(Time.GetUtcNow(), stored.CheckedAt);
        var version = Assert.Single(await JobRowsAsync<Persistence.Rows.VersionRow>("schedule_versions"));
        Assert.Equal("created", version.ChangeKind);
        Assert.Null(version.ValidTo);
        Assert.Equal(result.Write.Hash.Sha256, ScheduleHasher.Compute(ScheduleSnapshot.Deserialize(version.Snapshot)).Sha256);
        var change = Assert.Single(await JobRowsAsync<Persistence.Rows.ChangeLogRow>("change_log"));
        Assert.Equal("created", change.ChangeKind);
        Assert.False(change.SafetyCritical, "a first ingestion is not an OEM change");
    }

    [Fact]
    public async Task Rewriting_the_same_schedule_touches_checked_at_only()
    {
        await Writer.WriteAsync([Write(Camry)], default);
        var first = (await Services.GetRequiredService<IScheduleLookup>().FindAsync(Camry))!;
        var servicesBefore = await ServicesOfAsync(first.Id);

        Time.Advance(TimeSpan.FromDays(1));
        var result = Assert.Single(await Writer.WriteAsync([Write(Camry)], default));

        Assert.Equal(WriteOutcome.Unchanged, result.Outcome);
        var second = (await Services.GetRequiredService<IScheduleLookup>().FindAsync(Camry))!;
        Assert.Equal(first.ChangedAt, second.ChangedAt);
        Assert.Equal(first.CheckedAt.AddDays(1), second.CheckedAt);
        var servicesAfter = await ServicesOfAsync(first.Id);
        Assert.Equal(servicesBefore.Select(s => (s.Id, s.UpdatedAt)), servicesAfter.Select(s => (s.Id, s.UpdatedAt)));
        Assert.Single(await JobRowsAsync<Persistence.Rows.VersionRow>("schedule_versions"));
        Assert.Single(await JobRowsAsync<Persistence.Rows.ChangeLogRow>("change_log"));
    }

    [Fact]
    public async Task A_change_updates_services_in_place_by_natural_key_and_keeps_history()
    {
        await Writer.WriteAsync([Write(Camry)], default);
        var before = await ServicesOfAsync((await Services.GetRequiredService<IScheduleLookup>().FindAsync(Camry))!.Id);
        Time.Advance(TimeSpan.FromDays(1));

        var result = Assert.Single(await Writer.WriteAsync([Write(Camry, "doc-2",
            "Replace engine oil and oil filter every 7,500 miles or 12 months",
            "Rotate tires every 5,000 miles",
            "Replace brake fluid every 2 years",
            "Replace cabin air filter every 15,000 miles")], default));

        Assert.Equal(WriteOutcome.Changed, result.Outcome);
        Assert.True(result.Diff!.HasSafetyCriticalChanges);
        var stored = (await Services.GetRequiredService<IScheduleLookup>().FindAsync(Camry))!;
        var after = await ServicesOfAsync(stored.Id);
        var kept = before.Select(s => s.NaturalKey).Intersect(after.Select(s => s.NaturalKey)).ToList();
        Assert.Equal(4, kept.Count);
        Assert.All(kept, key => Assert.Equal(before.Single(s => s.NaturalKey == key).Id, after.Single(s => s.NaturalKey == key).Id));
        Assert.Equal(7_500, after.Single(s => s.ServiceCode == ServiceCodes.OilChange).IntervalMiles);
        Assert.DoesNotContain(after, s => s.ServiceCode == ServiceCodes.EngineCoolant);
        Assert.Contains(after, s => s.ServiceCode == ServiceCodes.CabinAirFilter);
        Assert.Equal(Time.GetUtcNow(), stored.ChangedAt);

        var versions = (await JobRowsAsync<Persistence.Rows.VersionRow>("schedule_versions")).OrderBy(v => v.ValidFrom).ToList();
        Assert.Equal(["created", "changed"], versions.Select(v => v.ChangeKind));
        Assert.Equal(versions[1].ValidFrom, versions[0].ValidTo);
        Assert.Null(versions[1].ValidTo);
        var changes = (await JobRowsAsync<Persistence.Rows.ChangeLogRow>("change_log")).OrderBy(c => c.Id).ToList();
        Assert.Equal(["created", "changed"], changes.Select(c => c.ChangeKind));
        Assert.True(changes[1].Id > changes[0].Id);
        Assert.True(changes[1].SafetyCritical);
        Assert.Equal(changes[0].ContentHash, changes[1].PreviousHash);
    }

    [Fact]
    public async Task A_new_normalizer_reading_the_same_document_is_a_reprocessing_not_a_change()
    {
        await Writer.WriteAsync([Write(Camry)], default);
        var upgraded = Write(Camry, "doc-1", [.. DefaultLines, "Replace cabin air filter every 15,000 miles"]);
        upgraded = upgraded with { Hash = upgraded.Hash with { NormalizerVersion = "9.9.9" } };

        var result = Assert.Single(await Writer.WriteAsync([upgraded], default));

        Assert.Equal(WriteOutcome.Reprocessed, result.Outcome);
        Assert.Contains((await JobRowsAsync<Persistence.Rows.ChangeLogRow>("change_log")), c => c.ChangeKind == "reprocessed" && !c.SafetyCritical);
    }

    [Fact]
    public async Task Two_concurrent_refreshes_of_one_vehicle_leave_one_schedule_with_one_set_of_services()
    {
        await using var otherNode = BuildServices();
        var writers = new[] { Writer, otherNode.GetRequiredService<ScheduleWriter>() };

        for (var round = 0; round < 5; round++)
        {
            var vehicle = Camry with { Trim = TrimSelector.Named($"Trim {round}") };
            var results = await Task.WhenAll(writers.Select(w => Task.Run(() => w.WriteAsync([Write(vehicle)], default))));

            var outcomes = results.Select(r => Assert.Single(r).Outcome).Order().ToList();
            Assert.Equal([WriteOutcome.Created, WriteOutcome.Unchanged], outcomes);
            var stored = (await Services.GetRequiredService<IScheduleLookup>().FindAsync(vehicle))!;
            Assert.Equal(DefaultLines.Length + 1, (await ServicesOfAsync(stored.Id)).Count);
        }

        await using var db = await Services.GetRequiredService<OemDatabase>().OpenAsync(default);
        Assert.Equal(5, await db.GetTable<Persistence.Rows.ScheduleRow>().CountAsync());
    }

    [Fact]
    public async Task Concurrent_different_updates_never_lose_one_silently()
    {
        await Writer.WriteAsync([Write(Camry)], default);
        await using var otherNode = BuildServices();
        var a = Write(Camry, "doc-a", "Replace engine oil every 5,000 miles", "Rotate tires every 5,000 miles", "Replace brake fluid every 3 years");
        var b = Write(Camry, "doc-b", "Replace engine oil every 7,500 miles", "Rotate tires every 5,000 miles", "Replace brake fluid every 3 years");

        var results = await Task.WhenAll(
            Task.Run(() => Writer.WriteAsync([a], default)),
            Task.Run(() => otherNode.GetRequiredService<ScheduleWriter>().WriteAsync([b], default)));

        // Either the second writer read the first one's result (two chained changes) or it raced and lost
        // its compare-and-swap (a reported conflict). Never two changes from the same starting point.
        var outcomes = results.Select(r => Assert.Single(r).Outcome).Order().ToList();
        Assert.Contains(outcomes, o => o == WriteOutcome.Changed);
        var changes = (await JobRowsAsync<Persistence.Rows.ChangeLogRow>("change_log")).OrderBy(c => c.Id).ToList();
        for (var i = 1; i < changes.Count; i++)
        {
            Assert.Equal(changes[i - 1].ContentHash, changes[i].PreviousHash);
        }

        var stored = (await Services.GetRequiredService<IScheduleLookup>().FindAsync(Camry))!;
        Assert.Equal(changes[^1].ContentHash, stored.Hash.Sha256);
        var winner = new[] { a, b }.Single(w => w.Hash.Sha256 == stored.Hash.Sha256);
        Assert.Equal(winner.Schedule.Services.Count, (await ServicesOfAsync(stored.Id)).Count);
        if (outcomes.Contains(WriteOutcome.Conflict))
        {
            Assert.Equal(2, changes.Count);
        }
    }

    [Fact]
    public async Task A_batch_writes_many_schedules_and_reports_each()
    {
        var vehicles = Enumerable.Range(2015, 8).Select(y => VehicleDescriptor.Create(y, "Toyota", "Corolla") with { Trim = TrimSelector.All }).ToList();
        await Writer.WriteAsync([.. vehicles.Take(4).Select(v => Write(v))], default);

        var results = await Writer.WriteAsync([.. vehicles.Select(v => Write(v))], default);

        Assert.Equal(4, results.Count(r => r.Outcome == WriteOutcome.Unchanged));
        Assert.Equal(4, results.Count(r => r.Outcome == WriteOutcome.Created));
    }

    [Fact]
    public async Task Lookup_falls_back_from_a_trim_to_all_trims_and_keys_are_case_folded()
    {
        await Writer.WriteAsync([Write(Camry)], default);

        var lookup = Services.GetRequiredService<IScheduleLookup>();
        var found = await lookup.FindAsync(VehicleDescriptor.Create(2021, "TOYOTA", "CAMRY") with { Trim = TrimSelector.Named("XSE") });

        Assert.NotNull(found);
        Assert.True(found.Vehicle.Trim.IsAll);
        Assert.Null(await lookup.FindAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry")));
    }

    [Fact]
    public async Task Catalog_adds_each_vehicle_once_under_its_canonical_key()
    {
        var catalog = Services.GetRequiredService<IVehicleCatalog>();

        Assert.Equal(2, await catalog.AddAsync([VehicleDescriptor.Create(2021, "chevy", "silverado"), Camry]));
        Assert.Equal(0, await catalog.AddAsync([VehicleDescriptor.Create(2021, "Chevrolet", "Silverado 1500"), Camry]));

        var listed = await catalog.ListAsync();
        Assert.Equal(["Chevrolet Silverado 1500", "Toyota Camry"], listed.Select(v => $"{v.Make} {v.Model}"));
        Assert.True(listed[1].Trim.IsAll);
        Assert.True(listed[0].Trim.IsUnknown);
    }

    [Fact]
    public async Task Documents_are_stored_once_by_content_hash()
    {
        var jobs = Services.GetRequiredService<JobStore>();
        var bytes = "%PDF-1.7 sample"u8.ToArray();
        var document = new SourceDocument(new Uri("https://oem.example/a.pdf"), "application/pdf", bytes, Time.GetUtcNow()) { ETag = "\"abc\"" };

        await jobs.StoreDocumentAsync(document, default);
        await jobs.StoreDocumentAsync(document with { }, default);
        await jobs.StoreDocumentAsync(new SourceDocument(new Uri("https://oem.example/b.pdf"), "application/pdf", bytes, Time.GetUtcNow()), default);

        Assert.Equal(bytes, await jobs.ReadDocumentAsync(document.Sha256, default));
        var database = Services.GetRequiredService<OemDatabase>();
        await using var db = await database.OpenAsync(default);
        Assert.Equal(1, await db.ExecuteAsync<int>($"SELECT count(*) FROM {database.Job("document_bodies")}"));
        Assert.Equal(2, await db.ExecuteAsync<int>($"SELECT count(*) FROM {database.Job("source_documents")}"));
    }

    [Fact]
    public void The_schema_script_is_exportable_as_one_script()
    {
        var script = OemSchema.Script(Storage.Kind);

        Assert.Contains("manufacturer_schedules", script, StringComparison.Ordinal);
        Assert.Contains("manufacturer_services", script, StringComparison.Ordinal);
        Assert.Contains("0001_initial", script, StringComparison.Ordinal);
    }
}

public sealed class PostgresStorageContractTests : StorageContractTests
{
    protected override async Task<StorageUnderTest> CreateStorageAsync() => await PostgresStorage.CreateAsync();
}

public sealed class SqliteStorageContractTests : StorageContractTests
{
    protected override Task<StorageUnderTest> CreateStorageAsync() => Task.FromResult<StorageUnderTest>(new SqliteStorage());
}
