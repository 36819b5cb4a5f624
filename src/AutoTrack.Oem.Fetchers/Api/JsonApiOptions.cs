using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Fetchers;

/// <summary>Where a <see cref="JsonApiFetcher"/>'s API is, how it authenticates and what responses it accepts.</summary>
public abstract class JsonApiOptions : IValidatableObject
{
    /// <summary>The API's absolute http(s) root; endpoint paths are resolved against it. Required.</summary>
    [Required(ErrorMessage = "BaseAddress is required: the absolute http(s) address of the API the endpoint paths are resolved against.")]
    public Uri? BaseAddress { get; set; }

    /// <summary>The credentials (required: see <see cref="ApiAuthenticationOptions.Kind"/>).</summary>
    public ApiAuthenticationOptions Authentication { get; set; } = new();

    /// <summary>How long one API request may take, headers and body together (30 seconds by default).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response accepted, in bytes (4 MiB by default); larger ones are an invalid response.</summary>
    [Range(1_024, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

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

        if (Authentication is null)
        {
            yield return new System.ComponentModel.DataAnnotations.ValidationResult("Authentication is required.", [nameof(Authentication)]);
            yield break;
        }

        foreach (var result in Authentication.Validate(nameof(Authentication)))
        {
            yield return result;
        }
    }
}
