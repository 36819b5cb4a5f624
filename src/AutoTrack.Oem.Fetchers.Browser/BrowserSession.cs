using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>
/// The process's one headless Chromium, shared by every <see cref="BrowserPortalFetcher"/>: launched through
/// Playwright on first use (never at start-up), with one browser context per fetcher reused across fetches (User-Agent
/// <see cref="OemUserAgent.Value"/>). Register it once (a singleton); disposing it closes the browser.
/// </summary>
/// <remarks>
/// When the browser is not installed (no file at <see cref="BrowserOptions.ExecutablePath"/>) or does not launch, no
/// exception escapes: fetchers return <see cref="FetchOutcome.SkippedNoBrowser"/> with the fix in the reason and the
/// rest of the run goes on. A missing executable is looked for again on the next fetch (installing it fixes the next
/// run without a restart); a failed launch is not retried by this process.
/// </remarks>
public sealed class BrowserSession : IAsyncDisposable, IDisposable
{
    /// <summary>The command that installs the browser on Debian and Ubuntu.</summary>
    public const string InstallCommand = "apt-get install -y chromium";

    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly BrowserOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, IBrowserContext> _contexts = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _launchFailure;
    private int _disposed;

    /// <summary>Creates the session; nothing is launched until a fetcher needs a page.</summary>
    public BrowserSession(IOptions<BrowserOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>How many pages are open right now in all contexts (0 between fetches: fetchers always close their pages).</summary>
    public int OpenPageCount => _contexts.Values.Sum(c => c.Pages.Count);

    /// <summary>True once the browser has been launched and is still connected.</summary>
    public bool IsLaunched => _browser?.IsConnected == true;

    /// <summary>The fetcher's browser context (created on first use), or the reason there is no browser, naming the fix.</summary>
    internal async Task<(IBrowserContext? Context, string? Unavailable)> ContextAsync(string name, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_browser?.IsConnected == true && _contexts.TryGetValue(name, out var existing))
        {
            return (existing, null);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_browser?.IsConnected != true)
            {
                _contexts.Clear();
                if (await LaunchAsync().ConfigureAwait(false) is { } unavailable)
                {
                    return (null, unavailable);
                }
            }

            if (!_contexts.TryGetValue(name, out var context))
            {
                context = await _browser!.NewContextAsync(new BrowserNewContextOptions
                {
                    UserAgent = OemUserAgent.Value,
                    Locale = "en-US",
                    JavaScriptEnabled = true,
                    AcceptDownloads = false,
                    ServiceWorkers = ServiceWorkerPolicy.Block,
                }).ConfigureAwait(false);
                _contexts[name] = context;
            }

            return (context, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string?> LaunchAsync()
    {
        if (_launchFailure is not null)
        {
            return _launchFailure;
        }

        var path = _options.ExecutablePath;
        if (path is not null && !File.Exists(path))
        {
            return $"No Chromium at '{path}'. Install it ({InstallCommand}) or set BrowserOptions.ExecutablePath to a Chromium executable.";
        }

        try
        {
            _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = LaunchArgs,
                Timeout = (float)_options.LaunchTimeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            _launchFailure = string.Create(CultureInfo.InvariantCulture,
                $"Chromium at '{path ?? "(Playwright's own browser)"}' did not launch: {FirstLine(ex.Message)} Install it ({InstallCommand}) or set BrowserOptions.ExecutablePath to a working Chromium executable.");
            return _launchFailure;
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }

    /// <summary>Closes every context and the browser and stops the Playwright driver.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var context in _contexts.Values)
        {
            await context.CloseAsync().ConfigureAwait(false);
        }

        _contexts.Clear();
        if (_browser is not null)
        {
            await _browser.CloseAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    /// <summary>Same as <see cref="DisposeAsync"/>, for containers disposed synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
