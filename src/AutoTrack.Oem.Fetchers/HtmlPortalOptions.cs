using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Fetchers;

/// <summary>Options shared by <see cref="HtmlPortalFetcher"/> adapters: where the portal is and how much of it a
/// page fetch may cost.</summary>
public abstract class HtmlPortalOptions : IValidatableObject
{
    /// <summary>The absolute http(s) address the adapter's page paths are resolved against. Required.</summary>
    [Required(ErrorMessage = "BaseAddress is required: the absolute http(s) address of the portal.")]
    public Uri? BaseAddress { get; set; }

    /// <summary>How long a page download may take, headers and body together (30 seconds by default).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest page accepted, in bytes (4 MiB by default); larger ones are an invalid response.</summary>
    [Range(1_024, int.MaxValue)]
    public int MaxPageBytes { get; set; } = 4 * 1024 * 1024;

    /// <inheritdoc />
    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseAddress is { } address && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult($"BaseAddress must be an absolute http or https address; '{address}' is not.", [nameof(BaseAddress)]);
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult($"RequestTimeout must be positive; it is {RequestTimeout}.", [nameof(RequestTimeout)]);
        }
    }
}
