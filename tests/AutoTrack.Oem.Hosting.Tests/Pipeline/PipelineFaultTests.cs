using AutoTrack.Oem.Hosting.Tests.Storage;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Hosting.Tests.Pipeline;

/// <summary>Every simulator fault, hit by a real run: the outcome is recorded with a clear reason, nothing is written
/// for the faulted document, the good schedule stored before stays, and the rest of the run goes on.</summary>
public sealed class PipelineFaultTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteStorage _storage = new();
    private OemSimulator? _simulator;
    private OemSimulator? _foreign;
    private ServiceProvider? _services;

    private static readonly SampleCatalog Catalog = new(SampleCatalog.Default.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide).Take(3));

    public async Task InitializeAsync()
    {
        _simulator = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = Catalog });
        _foreign = await OemSimulator.StartAsync();
        var services = new ServiceCollection();
        // Real time: the HTTP layer's retry, Retry-After and attempt-timeout waits run on the TimeProvider.
        _storage.Use(services.AddOemScheduleAggregation());
        services.AddOemHttp(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetries = 1;
            o.CircuitBreakerMinimumThroughput = 1_000; // the breaker has its own tests; here it would only hide the fault's outcome
            o.AttemptTimeout = TimeSpan.FromSeconds(3); // generous: only the timeout fault should ever reach it, even on a loaded machine
            o.MaxRetryAfter = TimeSpan.FromSeconds(2);
            o.RobotsCacheDuration = TimeSpan.FromMilliseconds(1);
        });
        services.AddToyotaWarrantyGuideFetcher(o =>
        {
            o.BaseAddress = _simulator.BaseAddress;
            foreach (var sample in Catalog.Vehicles)
            {
                o.AddDocument(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model, sample.DocumentPath);
            }
        });
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IVehicleCatalog>().AddAsync(Catalog.Vehicles.Select(v => v.Vehicle));
    }

    public async Task DisposeAsync()
    {
        await _services!.DisposeAsync();
        await _simulator!.DisposeAsync();
        await _foreign!.DisposeAsync();
        await _storage.DisposeAsync();
    }

    public void Dispose() => _storage.DisposeAsync().AsTask().GetAwaiter().GetResult();

    public static TheoryData<string, FetchOutcome> Faults => new()
    {
        { "server_error", FetchOutcome.HttpError },
        { "too_many_requests", FetchOutcome.RateLimited },
        { "connection_reset", FetchOutcome.NetworkError },
        { "timeout", FetchOutcome.Timeout },
        { "truncated_body", FetchOutcome.InvalidResponse },
        { "wrong_content_type", FetchOutcome.InvalidResponse },
        { "corrupt_pdf", FetchOutcome.ParseError },
        { "image_only_pdf", FetchOutcome.NoTextLayer },
        { "layout_drift", FetchOutcome.LayoutDrift },
        { "empty_table", FetchOutcome.LayoutDrift },
        { "redirect_to_foreign_host", FetchOutcome.InvalidResponse },
        { "robots_disallow", FetchOutcome.DisallowedByRobots },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_fault_is_recorded_keeps_the_good_schedule_and_does_not_stop_the_run(string fault, FetchOutcome expected)
    {
        var services = _services!;
        var pipeline = services.GetRequiredService<ScheduleAggregationPipeline>();
        var lookup = services.GetRequiredService<IScheduleLookup>();
        await pipeline.RunAsync(PipelineRunOptions.Everything);
        var target = Catalog.Vehicles[0];
        var good = (await lookup.FindAsync(target.Vehicle))!;
        var faultedPath = fault == "robots_disallow" ? "/robots.txt" : target.DocumentPath;
        _simulator!.Faults.Inject(faultedPath, fault switch
        {
            "server_error" => Fault.ServerError(500, times: null),
            "too_many_requests" => Fault.TooManyRequests(1, times: null),
            "connection_reset" => Fault.ConnectionReset(),
            "timeout" => Fault.Timeout(),
            "truncated_body" => Fault.TruncatedBody(),
            "wrong_content_type" => Fault.WrongContentType(),
            "corrupt_pdf" => Fault.CorruptPdf(),
            "image_only_pdf" => Fault.ImageOnlyPdf(),
            "layout_drift" => Fault.LayoutDrift(),
            "empty_table" => Fault.EmptyTable(),
            "redirect_to_foreign_host" => Fault.RedirectTo(new Uri(_foreign!.BaseAddress, target.DocumentPath.TrimStart('/'))),
            _ => Fault.RobotsDisallow(target.DocumentPath),
        });
        await Task.Delay(10); // past the (1 ms) robots.txt cache, so the second run reads robots.txt again

        var summary = await pipeline.RunAsync(PipelineRunOptions.Everything);

        var sharing = Catalog.Vehicles.Count(v => v.DocumentPath == target.DocumentPath);

        Assert.True(summary.FailuresByOutcome.GetValueOrDefault(expected) == sharing,
            $"{fault}: expected {sharing} x {expected}, got {string.Join(", ", summary.FailuresByOutcome.Select(p => $"{p.Key}={p.Value}"))}");
        Assert.Equal(Catalog.Vehicles.Count - sharing, summary.Unchanged);
        Assert.Equal(0, summary.New + summary.Changed + summary.Reprocessed);
        var kept = (await lookup.FindAsync(target.Vehicle))!;
        Assert.Equal(good.Hash, kept.Hash);
        Assert.Equal(good.CheckedAt, kept.CheckedAt);
        Assert.Empty(_foreign!.Requests);
    }
}
