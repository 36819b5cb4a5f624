using AutoTrack.Oem.Fetchers.Internal;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Reads Toyota and Lexus Warranty &amp; Maintenance Guides (PDF): odometer milestone headings ("15,000 miles or
/// 18 months") with the items due at each, including "Additional maintenance items for special operating
/// conditions". Each item becomes a <see cref="RawScheduleItem"/> with its heading as
/// <see cref="RawScheduleItem.Milestone"/>, "sub-heading / condition" as <see cref="RawScheduleItem.Section"/>, and
/// its page and line as <see cref="RawScheduleItem.Location"/>.
/// </summary>
/// <remarks>
/// Supports makes whose manufacturer is Toyota (Toyota, Lexus, Scion) for the vehicles listed in
/// <see cref="OemPdfSourceOptions.Documents"/>. Expected failures are results, never exceptions: a vehicle not in
/// the index is <see cref="FetchOutcome.Unsupported"/> (no request is made); an HTTP error status, 404 included, is
/// <see cref="FetchOutcome.HttpError"/>; see <see cref="OemPdfFetcher.FetchDocumentAsync"/> for the rest.
/// </remarks>
public sealed class ToyotaWarrantyGuideFetcher : OemPdfFetcher
{
    internal static readonly FetcherMetadata Info = new("toyota-wmg-pdf", "Toyota", SourceKind.OemPdf, 200)
    {
        TermsOfUse = TermsOfUse.PublicDocument,
    };

    /// <summary>Creates the fetcher.</summary>
    /// <exception cref="ArgumentException">The options have no <see cref="OemPdfSourceOptions.BaseAddress"/>.</exception>
    public ToyotaWarrantyGuideFetcher(HttpClient httpClient, IOptions<ToyotaWarrantyGuideOptions> options, TimeProvider timeProvider)
        : base(httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider, WarrantyGuideReader.Read)
    {
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    private protected override bool ReadsManufacturer(string manufacturerKey) => string.Equals(manufacturerKey, "toyota", StringComparison.Ordinal);
}
