using System.Net;
using AutoTrack.Oem.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AutoTrack.Oem.Testing;

/// <summary>
/// An OEM web site on loopback for tests and offline demos: a Kestrel app on http://127.0.0.1 with a dynamic port
/// serving the <see cref="SampleCatalog"/>'s documents (printed as PDFs by PdfPig on first request, or by LibreOffice
/// at start when <see cref="SimulatorOptions.PdfProducer"/> says so, then cached), the
/// <see cref="BrokenDocumentPaths"/>, sample owner-portal pages and the OEM API (<see cref="SimulatedOemApi"/>), all
/// from the configured catalog. Documents, pages and API responses carry a strong ETag (the quoted SHA-256 of the
/// body) and Last-Modified and answer conditional requests with 304; unknown paths answer 404 with a short text body.
/// </summary>
/// <example>
/// <code>
/// await using var oem = await OemSimulator.StartAsync();
/// var url = new Uri(oem.BaseAddress, "toyota/wmg/2022/camry.pdf");
/// </code>
/// </example>
public sealed class OemSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly SimulatorBehaviours _behaviours;
    private int _disposed;

    private OemSimulator(WebApplication app, Uri baseAddress, SampleCatalog catalog, RequestLog log, SimulatorBehaviours behaviours)
    {
        _behaviours = behaviours;
        _app = app;
        BaseAddress = baseAddress;
        Catalog = catalog;
        _log = log;
    }

    /// <summary>The simulator's root ("http://127.0.0.1:54321/"), always ending in a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The vehicles and documents served.</summary>
    public SampleCatalog Catalog { get; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Faults injected into matching requests (see <see cref="FaultPlan"/>).</summary>
    public FaultPlan Faults => _behaviours.Faults;

    /// <summary>The robots.txt served at /robots.txt (everything allowed by default).</summary>
    public RobotsPolicy Robots => _behaviours.Robots;

    /// <summary>The most requests the simulator had in flight at once.</summary>
    public int MaxInFlight => _behaviours.Traffic.MaxInFlight;

    /// <summary>How requests for a path were answered: 200s, 304s (conditional GET, no body) and others.</summary>
    public ResponseCounts Responses(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _behaviours.Traffic.For(path);
    }

    /// <summary>Starts a simulator on a free loopback port. With <see cref="SamplePdfProducer.LibreOffice"/> every
    /// document is printed first, in one LibreOffice run.</summary>
    /// <param name="options">What to serve; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">LibreOffice was asked for but is not installed or fails; the
    /// message names the command that installs it.</exception>
    /// <exception cref="ArgumentException">LibreOffice was asked for with two-column guides.</exception>
    public static async Task<OemSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var printed = options.PdfProducer switch
        {
            SamplePdfProducer.PdfPig => null,
            SamplePdfProducer.LibreOffice => await LibreOfficeDocuments.PrintAsync(options.Catalog, options.Layout, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.PdfProducer, "Unknown PDF producer."),
        };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(OemSimulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var app = builder.Build();
        var log = new RequestLog();
        var behaviours = new SimulatorBehaviours();
        SimulatorRoutes.Map(app, new DocumentStore(options.Catalog, options.Layout, options.DocumentsLastModified, printed), log, behaviours);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no listening address.");
            return new OemSimulator(app, new Uri(address.TrimEnd('/') + "/"), options.Catalog, log, behaviours);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>How many requests (any method) the simulator has received for a path ("/toyota/wmg/2022/camry.pdf").</summary>
    public int RequestCount(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _log.Count(path);
    }

    /// <summary>Stops the server and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
