using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AutoTrack.Oem.Fetchers.Internal;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Where a PDF fetcher finds each vehicle's document: a <see cref="BaseAddress"/> and a <see cref="Documents"/>
/// index from vehicle to document path.
/// </summary>
/// <remarks>
/// <para>Index keys are "year/make/model" ("2021/Toyota/Camry"). Make and model are folded the way
/// <see cref="VehicleDescriptor"/> folds them - canonical name, then case-folded - so "2021/toyota/camry",
/// "2021/TOYOTA/Camry" and "2021/Toyota/camry" are the same key and "2020/Toyota/RAV-4" matches a RAV4. Several
/// keys may point to one document (a guide that covers two model years).</para>
/// <para>Values are paths relative to <see cref="BaseAddress"/> ("toyota/wmg/2021/camry.pdf"); a leading "/" is
/// ignored, so documents always resolve under the base address, and the base address is treated as a folder even
/// without a trailing slash.</para>
/// <para>A vehicle with no entry is not supported: <see cref="MaintenanceFetcher.Supports"/> is false and a fetch
/// returns <see cref="FetchOutcome.Unsupported"/> without any request.</para>
/// </remarks>
public abstract class OemPdfSourceOptions : IValidatableObject
{
    /// <summary>The absolute http(s) address document paths are resolved against. Required.</summary>
    [Required(ErrorMessage = "BaseAddress is required: the absolute http(s) address the document paths are resolved against.")]
    public Uri? BaseAddress { get; set; }

    /// <summary>The document index: "year/make/model" to a path relative to <see cref="BaseAddress"/>.</summary>
    public IDictionary<string, string> Documents { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a document download may take, headers and body together (30 seconds by default).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest document accepted, in bytes (32 MiB by default); larger ones are an invalid response.</summary>
    [Range(1_024, int.MaxValue)]
    public int MaxDocumentBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Adds an entry to <see cref="Documents"/>.</summary>
    /// <param name="year">The model year.</param>
    /// <param name="make">The make, any case or alias.</param>
    /// <param name="model">The model, any case or alias.</param>
    /// <param name="path">The document's path relative to <see cref="BaseAddress"/>.</param>
    /// <returns>These options, for chaining.</returns>
    public OemPdfSourceOptions AddDocument(int year, string make, string model, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(make);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Documents[string.Create(CultureInfo.InvariantCulture, $"{year}/{make}/{model}")] = path;
        return this;
    }

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

        foreach (var (key, path) in Documents)
        {
            if (!DocumentIndex.TryParseKey(key, out _))
            {
                yield return new System.ComponentModel.DataAnnotations.ValidationResult($"Documents key '{key}' is not of the form 'year/make/model'.", [nameof(Documents)]);
            }

            if (string.IsNullOrWhiteSpace(path) || !Uri.TryCreate(path.TrimStart('/'), UriKind.Relative, out _))
            {
                yield return new System.ComponentModel.DataAnnotations.ValidationResult($"Documents['{key}'] = '{path}' is not a relative path.", [nameof(Documents)]);
            }
        }
    }
}
