using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>Without a browser, browser fetchers skip with the fix in the reason; nothing throws, nothing is requested.</summary>
public sealed class NoBrowserTests
{
    [Fact]
    public async Task A_wrong_executable_path_is_skipped_no_browser_with_the_fix_in_the_reason()
    {
        await using var session = new BrowserSession(Options.Create(new BrowserOptions { ExecutablePath = "/nonexistent/chromium" }));
        var fetcher = new SampleJsPortalFetcher(PlainHttp.Client, session, Options.Create(new SampleJsPortalOptions { BaseAddress = new Uri("http://127.0.0.1:9/portal/js/") }), TimeProvider.System);

        var result = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry"), CancellationToken.None);

        Assert.Equal(FetchOutcome.SkippedNoBrowser, result.Outcome);
        Assert.Contains("/nonexistent/chromium", result.Reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", result.Reason, StringComparison.Ordinal);
        Assert.Contains("ExecutablePath", result.Reason, StringComparison.Ordinal);
        Assert.False(result.Outcome.IsFailure());
        Assert.False(session.IsLaunched);
    }

    [Fact]
    public async Task An_executable_that_is_not_a_browser_is_skipped_no_browser_too()
    {
        await using var session = new BrowserSession(Options.Create(new BrowserOptions { ExecutablePath = "/bin/false", LaunchTimeout = TimeSpan.FromSeconds(10) }));
        var fetcher = new SampleJsPortalFetcher(PlainHttp.Client, session, Options.Create(new SampleJsPortalOptions { BaseAddress = new Uri("http://127.0.0.1:9/portal/js/") }), TimeProvider.System);

        var result = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry"), CancellationToken.None);

        Assert.Equal(FetchOutcome.SkippedNoBrowser, result.Outcome);
        Assert.Contains("did not launch", result.Reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", result.Reason, StringComparison.Ordinal);
    }
}
