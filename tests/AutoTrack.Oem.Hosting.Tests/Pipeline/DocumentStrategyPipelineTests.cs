using System.Net;
using System.Net.Sockets;
using AutoTrack.Oem.Fetchers;
using AutoTrack.Oem.Hosting.Persistence;
using AutoTrack.Oem.Hosting.Persistence.Rows;
using AutoTrack.Oem.Hosting.Tests.Storage;
using AutoTrack.Oem.Testing;
using LinqToDB;
using LinqToDB.Async;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Hosting.Tests.Pipeline;

/// <summary>
/// Per-document, conditional fetching end to end for the strategies that are not PDFs: the static-HTML portal, the
/// JSON API and the JavaScript portal (real headless Chromium). Trims of one model year share one page or resource,
/// which a run fetches once; the next run is answered by 304s and writes nothing; a changed document (a simulator
/// restarted on the same port with a changed catalog, hence new ETags) is fetched again and stored.
/// </summary>
public abstract class DocumentStrategyPipelineTests : IAsyncLifetime
{
    private StorageUnderTest? _storage;

    private FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    protected abstract Task<StorageUnderTest> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public async Task DisposeAsync() => await _storage!.DisposeAsync();

    public static TheoryData<string> Strategies => ["html-portal", "json-api", "browser-portal"];

    /// <summary>Three models of one model year, in both document styles; each model's trims share its page or resource.</summary>
    private static readonly SampleCatalog OneYear = new(SampleCatalog.Default.Vehicles
        .Where(v => v.Vehicle.Year == 2022 && v.Vehicle.Model is "Camry" or "RAV4" or "Tucson"));

    private static IReadOnlyList<VehicleDescriptor> Trims(SampleCatalog catalog) =>
        [.. catalog.Vehicles.SelectMany(v => new[] { "Base", "Sport", "Limited" }.Select(t => v.Vehicle with { Trim = TrimSelector.Named(t) }))];

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task Each_document_is_fetched_once_then_answered_by_304s_and_a_changed_one_is_fetched_and_stored(string strategy)
    {
        Assert.Equal(3, OneYear.Vehicles.Count);
        var vehicles = Trims(OneYear);
        var port = FreePort();

        // Run 1: one download per document, fanned out to every trim.
        var (first, _, documents) = await RunAsync(strategy, OneYear, port, vehicles);
        Assert.Equal(OneYear.Vehicles.Count, documents.Values.Select(d => d.ToString()).Distinct(StringComparer.Ordinal).Count());
        Assert.True(first.Summary.Documents == OneYear.Vehicles.Count, first.Summary.ToString());
        Assert.Equal(vehicles.Count, first.Summary.New);
        Assert.Equal(0, first.Summary.Failures + first.Summary.Quarantined);
        Assert.Equal(OneYear.Vehicles.Count, first.Traffic.Ok);
        var before = await SnapshotAsync();

        // Run 2: every document answered 304: no body, no parse, no write.
        Time.Advance(TimeSpan.FromDays(1));
        var (second, _, _) = await RunAsync(strategy, OneYear, port, vehicles);
        Assert.Equal(0, second.Summary.Documents);
        Assert.Equal(OneYear.Vehicles.Count, second.Summary.NotModifiedDocuments);
        Assert.Equal(vehicles.Count, second.Summary.Unchanged);
        Assert.Equal(0, second.Summary.New + second.Summary.Changed + second.Summary.Reprocessed + second.Summary.Failures);
        Assert.Equal(new ResponseCounts(Ok: 0, NotModified: OneYear.Vehicles.Count, Other: 0), second.Traffic);
        Assert.Equal(0, second.DataRequests);
        Assert.Equal(before, await SnapshotAsync());

        // Run 3: one model's schedule changed (new bytes, new ETag): that document alone is downloaded and stored.
        var target = OneYear.Vehicles.First(v => v.Schedule.Services.Any(IsNormalRotation));
        var changed = new SampleCatalog(OneYear.Vehicles.Select(v => v == target
            ? v with { Schedule = v.Schedule with { Services = [.. v.Schedule.Services.Select(s => IsNormalRotation(s) ? s with { Every = new ServiceInterval(s.Every!.Miles * 2, s.Every.Months * 2) } : s)] } }
            : v));
        Time.Advance(TimeSpan.FromDays(1));
        var (third, _, _) = await RunAsync(strategy, changed, port, vehicles);
        var targetTrims = vehicles.Where(v => v.Year == target.Vehicle.Year && v.ModelKey == target.Vehicle.ModelKey).ToList();
        Assert.Equal(1, third.Summary.Documents);
        Assert.Equal(OneYear.Vehicles.Count - 1, third.Summary.NotModifiedDocuments);
        Assert.Equal(targetTrims.Count, third.Summary.Changed);
        Assert.Equal(vehicles.Count - targetTrims.Count, third.Summary.Unchanged);
        // The browser portal's changed page: its conditional HEAD answers 200 (headers only), then the browser renders it.
        var changedPageAnswers = strategy == "browser-portal" ? 2 : 1;
        Assert.Equal(new ResponseCounts(Ok: changedPageAnswers, NotModified: OneYear.Vehicles.Count - 1, Other: 0), third.Traffic);
        var printed = target.Schedule.Services.First(IsNormalRotation);
        foreach (var trim in targetTrims)
        {
            var stored = (await FindAsync(trim))!;
            var rotation = stored.Services.Single(s => s.Service.Code == ServiceCodes.TireRotation && !s.Service.IsSevere);
            Assert.Equal(printed.Every!.Miles * 2, rotation.Service.Interval!.Miles);
        }
    }

    private static bool IsNormalRotation(SampleService service) =>
        service.Codes.Contains(ServiceCodes.TireRotation) && !service.IsSevere && service.Every?.Miles is not null && service.Every.Months is not null;

    private sealed record Run(RunSummary Summary, ResponseCounts Traffic, int DataRequests);

    /// <summary>One run on a fresh node (as a scheduled job would be) against a simulator on <paramref name="port"/>:
    /// the summary, how the documents' paths were answered during the run, the requests for the scripted page's data
    /// (made only when a browser rendered a page), the traffic before the run and the document each vehicle resolves to.</summary>
    private async Task<(Run Run, ResponseCounts Before, IReadOnlyDictionary<VehicleDescriptor, Uri> Documents)> RunAsync(
        string strategy, SampleCatalog catalog, int port, IReadOnlyList<VehicleDescriptor> vehicles)
    {
        await using var simulator = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = catalog, Port = port });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        _storage!.Use(services.AddOemScheduleAggregation());
        Register(services, strategy, simulator);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<IVehicleCatalog>().AddAsync(vehicles);
        var fetcher = provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>().Single();
        var documents = vehicles.ToDictionary(v => v, v => fetcher.ResolveDocument(v)!.Url);
        var paths = documents.Values.Select(u => u.AbsolutePath).ToList();
        var before = Traffic(simulator, paths);

        var summary = await provider.GetRequiredService<ScheduleAggregationPipeline>().RunAsync(PipelineRunOptions.Everything);

        var after = Traffic(simulator, paths);
        var data = simulator.Requests.Count(r => r.Path.StartsWith("/portal/api/", StringComparison.Ordinal));
        return (new Run(summary, new ResponseCounts(after.Ok - before.Ok, after.NotModified - before.NotModified, after.Other - before.Other), data), before, documents);
    }

    private static ResponseCounts Traffic(OemSimulator simulator, IEnumerable<string> paths) =>
        paths.Distinct(StringComparer.Ordinal).Select(simulator.Responses)
            .Aggregate(new ResponseCounts(0, 0, 0), (sum, c) => new ResponseCounts(sum.Ok + c.Ok, sum.NotModified + c.NotModified, sum.Other + c.Other));

    private static void Register(IServiceCollection services, string strategy, OemSimulator simulator)
    {
        switch (strategy)
        {
            case "html-portal":
                services.AddSampleHtmlPortalFetcher(o => o.BaseAddress = new Uri(simulator.BaseAddress, "portal/static/"));
                break;
            case "json-api":
                services.AddSampleOemApiFetcher(o =>
                {
                    o.BaseAddress = simulator.BaseAddress;
                    o.Authentication.Kind = ApiAuthenticationKind.ApiKey;
                    o.Authentication.ApiKey = SimulatedOemApi.ApiKey;
                    o.Authentication.ApiKeyHeaderName = SimulatedOemApi.ApiKeyHeader;
                });
                break;
            case "browser-portal":
                services.AddSampleJsPortalFetcher(o =>
                {
                    o.BaseAddress = new Uri(simulator.BaseAddress, "portal/js/");
                    o.PageTimeout = TimeSpan.FromSeconds(20);
                });
                services.AddOemBrowser(o => o.ExecutablePath = Chromium.Path);
                break;
            default:
                throw new ArgumentException($"Unknown strategy '{strategy}'.", nameof(strategy));
        }
    }

    private async Task<List<object>> SnapshotAsync()
    {
        var services = new ServiceCollection();
        _storage!.Use(services.AddOemScheduleAggregation());
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<OemDatabase>();
        await using var db = await database.OpenAsync(default);
        var rows = await db.GetTable<ServiceRow>().OrderBy(s => s.Id).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync();
        return
        [
            .. rows.Select(r => (object)r),
            await database.JobTable<VersionRow>(db, "schedule_versions").CountAsync(),
            await database.JobTable<ChangeLogRow>(db, "change_log").CountAsync(),
        ];
    }

    private async Task<StoredSchedule?> FindAsync(VehicleDescriptor vehicle)
    {
        var services = new ServiceCollection();
        _storage!.Use(services.AddOemScheduleAggregation());
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<IScheduleLookup>().FindAsync(vehicle);
    }

    /// <summary>A loopback port free now, so restarted simulators keep the document URLs (and so the stored validators) valid.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class PostgresDocumentStrategyPipelineTests : DocumentStrategyPipelineTests
{
    protected override async Task<StorageUnderTest> CreateStorageAsync() => await PostgresStorage.CreateAsync();
}

public sealed class SqliteDocumentStrategyPipelineTests : DocumentStrategyPipelineTests
{
    protected override Task<StorageUnderTest> CreateStorageAsync() => Task.FromResult<StorageUnderTest>(new SqliteStorage());
}
