using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>How the process's one headless Chromium (<see cref="BrowserSession"/>) is launched.</summary>
public sealed class BrowserOptions : IValidatableObject
{
    /// <summary>The Chromium the driver launches: "/usr/bin/chromium" on Linux by default (Debian's chromium
    /// package); null elsewhere, which means Playwright's own downloaded browser.</summary>
    public string? ExecutablePath { get; set; } = OperatingSystem.IsLinux() ? "/usr/bin/chromium" : null;

    /// <summary>How long launching the browser may take (30 seconds by default).</summary>
    public TimeSpan LaunchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LaunchTimeout <= TimeSpan.Zero)
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult($"LaunchTimeout must be positive; it is {LaunchTimeout}.", [nameof(LaunchTimeout)]);
        }

        if (ExecutablePath is { } path && string.IsNullOrWhiteSpace(path))
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult("ExecutablePath must be null (Playwright's own browser) or a path.", [nameof(ExecutablePath)]);
        }
    }
}
