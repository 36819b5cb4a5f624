using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Fetchers.Browser;

/// <summary>Options shared by <see cref="BrowserPortalFetcher"/> adapters: where the portal is and how long one page may take.</summary>
public abstract class BrowserPortalOptions : IValidatableObject
{
    /// <summary>The absolute http(s) address the adapter's page paths are resolved against. Required.</summary>
    [Required(ErrorMessage = "BaseAddress is required: the absolute http(s) address of the portal.")]
    public Uri? BaseAddress { get; set; }

    /// <summary>How long one page may take from navigation to the last row read, waits for clicks and XHRs
    /// included (30 seconds by default); past it the fetch is <see cref="FetchOutcome.Timeout"/>.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseAddress is { } address && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult($"BaseAddress must be an absolute http or https address; '{address}' is not.", [nameof(BaseAddress)]);
        }

        if (PageTimeout <= TimeSpan.Zero)
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult($"PageTimeout must be positive; it is {PageTimeout}.", [nameof(PageTimeout)]);
        }
    }
}
