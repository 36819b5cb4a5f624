namespace AutoTrack.Oem.Hosting.Tests.Pipeline;

/// <summary>The Chromium the browser-portal pipeline tests render with: a prerequisite, never an optional extra.</summary>
internal static class Chromium
{
    /// <summary>$AUTOTRACK_CHROMIUM (exported by build/prereqs.d/20-chromium.sh) or /usr/bin/chromium; a missing one
    /// fails the test with the command that fixes it.</summary>
    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("AUTOTRACK_CHROMIUM") is { Length: > 0 } set ? set : "/usr/bin/chromium";
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"Chromium is required by the browser-portal pipeline tests and is missing at '{path}'. Install it: sudo apt-get install -y chromium " +
                    "(or run build/test.sh as root, which installs it), or set AUTOTRACK_CHROMIUM to a Chromium executable.");
        }
    }
}
