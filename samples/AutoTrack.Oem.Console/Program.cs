using System.Globalization;
using AutoTrack.Oem;
using AutoTrack.Oem.ConsoleHost;
using AutoTrack.Oem.Hosting;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

CommandLine command;
try
{
    command = CommandLine.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"autotrack-oem: {error.Message}");
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (command.Command == "schema")
{
    Console.Write(OemSchema.Script(command.Postgres ? OemDatabaseKind.PostgreSql : OemDatabaseKind.Sqlite));
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return command.Command == "lookup"
        ? await LookupAsync(command, cancel.Token)
        : await RunAsync(command, cancel.Token);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("autotrack-oem: cancelled");
    return 130;
}
catch (Exception error) when (error is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine($"autotrack-oem: the database could not be used: {error.Message}");
    return 1;
}

static ServiceProvider BuildServices(CommandLine command, OemSimulator? simulator)
{
    var services = new ServiceCollection();
    services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
    var oem = services.AddOemScheduleAggregation();

    // Fetcher plugins dropped into plugins/ next to the executable are discovered by scanning.
    var plugins = Path.Combine(AppContext.BaseDirectory, "plugins");
    if (Directory.Exists(plugins))
    {
        oem.AddFetchersFromFolder(plugins);
    }

    if (command.Connection is not null)
    {
        oem.UsePostgres(command.Connection);
    }
    else
    {
        oem.UseSqlite(command.DatabasePath);
    }

    if (simulator is not null)
    {
        // The simulator's catalog says which sample document covers which vehicle: that is the fetchers' index.
        services.AddToyotaWarrantyGuideFetcher(o => Index(o, simulator, SampleDocumentStyles.ToyotaWarrantyGuide));
        services.AddHyundaiMatrixPdfFetcher(o => Index(o, simulator, SampleDocumentStyles.HyundaiMatrix));
    }

    return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
}

static void Index(AutoTrack.Oem.Fetchers.OemPdfSourceOptions options, OemSimulator simulator, string style)
{
    options.BaseAddress = simulator.BaseAddress;
    foreach (var sample in simulator.Catalog.InStyle(style))
    {
        options.AddDocument(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model, sample.DocumentPath);
    }
}

// A fixed port keeps the sample documents' URLs the same from run to run, so a second run's conditional requests
// are answered "not modified"; another process holding the port only costs that (a free port is used instead).
static async Task<OemSimulator> StartSimulatorAsync(CancellationToken cancellationToken)
{
    try
    {
        return await OemSimulator.StartAsync(new SimulatorOptions { Port = 47_319 }, cancellationToken);
    }
    catch (IOException)
    {
        return await OemSimulator.StartAsync(cancellationToken: cancellationToken);
    }
}

static async Task<int> RunAsync(CommandLine command, CancellationToken cancellationToken)
{
    await using var simulator = await StartSimulatorAsync(cancellationToken);
    await using var services = BuildServices(command, simulator);
    Console.WriteLine($"AutoTrack.Oem main job: {simulator.Catalog.Vehicles.Count} sample vehicles, documents served by the built-in OEM simulator at {simulator.BaseAddress}");
    Console.WriteLine("The bundled documents are SAMPLES for demonstration, not verified OEM data.");
    Console.WriteLine(command.Connection is null ? $"Storing in SQLite: {Path.GetFullPath(command.DatabasePath)}" : "Storing in PostgreSQL");

    var pipeline = services.GetRequiredService<ScheduleAggregationPipeline>();
    Console.WriteLine($"Fetchers: {string.Join(", ", pipeline.Fetchers.Select(f => f.Metadata.Name))}");
    var catalog = services.GetRequiredService<IVehicleCatalog>();
    await catalog.AddAsync(simulator.Catalog.Vehicles.Select(v => v.Vehicle), cancellationToken);
    var live = !Console.IsOutputRedirected;
    var progress = new SynchronousProgress<PipelineProgress>(p =>
    {
        var line = $"[{p.Done,3}/{p.Total}] {p.Vehicle,-36} {p.Outcome}";
        if (live)
        {
            Console.Write("\r" + line.PadRight(Math.Max(Console.WindowWidth - 1, 20))[..Math.Max(Console.WindowWidth - 1, 20)]);
        }
        else
        {
            Console.WriteLine(line);
        }
    });

    // The console refreshes the whole catalog; hosts running the daily schedule let the freshness policy choose.
    var summary = await pipeline.RunAsync(PipelineRunOptions.Everything, progress, cancellationToken);
    if (live)
    {
        Console.WriteLine();
    }

    Console.WriteLine($"Run {summary.RunId}: {summary}");

    // A completed run succeeds even when some vehicles failed or were quarantined: those are in the summary,
    // the fetch-attempt log and the quarantine table. Only a run in which nothing could be fetched fails.
    return summary.Vehicles > 0 && summary.Failures == summary.Vehicles ? 1 : 0;
}

static async Task<int> LookupAsync(CommandLine command, CancellationToken cancellationToken)
{
    await using var services = BuildServices(command, simulator: null);
    var vehicle = VehicleDescriptor.Create(command.Year!.Value, command.Make!, command.Model!) with { Trim = TrimSelector.Parse(command.Trim) };
    var schedule = await services.GetRequiredService<IScheduleLookup>().FindAsync(vehicle, cancellationToken);
    if (schedule is null)
    {
        Console.Error.WriteLine($"autotrack-oem: no schedule stored for {vehicle}. Run the main job first (autotrack-oem run).");
        return 1;
    }

    Console.WriteLine($"{schedule.Vehicle} ({(schedule.Vehicle.Trim.IsAll ? "all trims" : schedule.Vehicle.Trim.Name)}), {schedule.Services.Count} services");
    Console.WriteLine($"source {schedule.SourceUrl}; checked {schedule.CheckedAt:u}, changed {schedule.ChangedAt:u}; {schedule.Hash}");
    Console.WriteLine();
    Console.WriteLine($"{"service",-28} {"action",-10} {"when",-44} {"conditions / applies to",-30}");
    foreach (var stored in schedule.Services)
    {
        var s = stored.Service;
        var when = s.Monitor is not null ? $"by {s.Monitor.Kind}" + (s.Monitor.Cap is null ? string.Empty : $", at most {s.Monitor.Cap}")
            : s.TiedTo is not null ? $"with every {(s.TiedTo.Every == 1 ? string.Empty : s.TiedTo.Every.ToString(CultureInfo.InvariantCulture) + " ")}{s.TiedTo.Code}"
            : s.Initial is not null && s.Interval is not null ? $"first {s.Initial}, then every {s.Interval}"
            : s.Initial is not null ? $"once at {s.Initial}"
            : s.Interval is not null ? $"every {s.Interval}" : "-";
        var scope = string.Join("; ", new[] { string.Join(",", s.Conditions), s.Applicability.IsAny ? string.Empty : s.Applicability.Key }.Where(t => t.Length > 0));
        Console.WriteLine($"{stored.Name,-28} {s.Action.Code(),-10} {when,-44} {scope,-30}");
    }

    return 0;
}

/// <summary>Reports progress on the caller's thread (System.Progress posts to the thread pool and may reorder lines).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
