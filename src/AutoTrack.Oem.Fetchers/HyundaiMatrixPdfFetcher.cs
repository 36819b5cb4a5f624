using AutoTrack.Oem.Fetchers.Internal;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Reads Hyundai, Genesis and Kia maintenance schedule PDFs laid out as a matrix: item rows against milestone
/// columns headed "Miles x 1,000" over "Months", cells holding I/R letters with footnote marks, the legend under
/// the table, and the "Maintenance under severe usage conditions" table. Matrix rows become
/// <see cref="RawScheduleItem"/>s whose <see cref="RawScheduleItem.Cells"/> are headed
/// "Miles x 1,000 / 7.5 / Months / 6"; severe rows carry "Maintenance operation", "Maintenance interval" and
/// "Driving condition" cells; legend lines fill <see cref="RawSchedule.Legend"/>.
/// </summary>
/// <remarks>
/// Supports makes whose manufacturer key is "hyundai" (Hyundai, Genesis) or "kia" for the vehicles listed in
/// <see cref="OemPdfSourceOptions.Documents"/>. Expected failures are results, never exceptions: a vehicle not in
/// the index is <see cref="FetchOutcome.Unsupported"/> (no request is made); an HTTP error status, 404 included, is
/// <see cref="FetchOutcome.HttpError"/>; see <see cref="OemPdfFetcher.FetchDocumentAsync"/> for the rest.
/// </remarks>
public sealed class HyundaiMatrixPdfFetcher : OemPdfFetcher
{
    internal static readonly FetcherMetadata Info = new("hyundai-matrix-pdf", "Hyundai", SourceKind.OemPdf, 200)
    {
        TermsOfUse = TermsOfUse.PublicDocument,
    };

    /// <summary>Creates the fetcher.</summary>
    /// <exception cref="ArgumentException">The options have no <see cref="OemPdfSourceOptions.BaseAddress"/>.</exception>
    public HyundaiMatrixPdfFetcher(HttpClient httpClient, IOptions<HyundaiMatrixPdfOptions> options, TimeProvider timeProvider)
        : base(httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider, MatrixTableReader.Read)
    {
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    private protected override bool ReadsManufacturer(string manufacturerKey) => manufacturerKey is "hyundai" or "kia";
}
