using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>
/// The test assembly's one headless Chromium (an xunit collection fixture). Chromium is a prerequisite of these
/// tests, not an optional extra: when it is missing or does not launch, every browser test fails with the command
/// that fixes it (build/test.sh installs it when run as root).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Collection = "Browser";

    /// <summary>$AUTOTRACK_CHROMIUM (exported by build/prereqs.d/20-chromium.sh) or /usr/bin/chromium.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("AUTOTRACK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public BrowserSession Session { get; } = new(Options.Create(new BrowserOptions { ExecutablePath = ChromiumPath }));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is required by the browser tests and is missing at '{ChromiumPath}'. Install it: sudo apt-get install -y chromium " +
                "(or run build/test.sh as root, which installs it), or set AUTOTRACK_CHROMIUM to a Chromium executable.");
        }

        var (_, unavailable) = await Session.ContextAsync("warm-up", CancellationToken.None);
        if (unavailable is not null)
        {
            throw new InvalidOperationException($"Chromium did not launch for the browser tests: {unavailable}");
        }
    }

    public async Task DisposeAsync() => await Session.DisposeAsync();
}
