using AngleSharp.Html.Dom;
using AutoTrack.Oem.Fetchers.Internal;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Reads the AutoTrack.Oem simulator's static sample portal ("{BaseAddress}/{year}/{make}/{model}.html", make and
/// model as lower-case slugs): the table#maintenance-schedule with the columns Service, Interval, Driving conditions
/// and Note. Each row becomes a <see cref="RawScheduleItem"/> whose text is the row read as a sentence ("Replace
/// engine oil and filter. Every 10,000 miles or 12 months."), under the section "Normal schedule" or "Special
/// operating conditions / {conditions}". An example adapter for <see cref="HtmlPortalFetcher"/>: the pages are
/// labelled "SAMPLE - not verified OEM data".
/// </summary>
/// <remarks>Supports every vehicle (the portal answers 404, <see cref="FetchOutcome.HttpError"/>, for those it does
/// not list); a page without the table is <see cref="FetchOutcome.LayoutDrift"/>.</remarks>
public sealed class SampleHtmlPortalFetcher : HtmlPortalFetcher
{
    private static readonly FetcherMetadata Info = new("sample-html-portal", "Sample", SourceKind.OemPortal, FetcherMetadata.DefaultPriority(SourceKind.OemPortal))
    {
        TermsOfUse = TermsOfUse.ScrapingPermitted,
    };

    /// <summary>Creates the fetcher.</summary>
    /// <exception cref="ArgumentException">The options have no <see cref="HtmlPortalOptions.BaseAddress"/>.</exception>
    public SampleHtmlPortalFetcher(HttpClient httpClient, IOptions<SampleHtmlPortalOptions> options, TimeProvider timeProvider)
        : base(httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider)
    {
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    /// <inheritdoc />
    protected override Uri? PageFor(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return PortalPath.For(BaseAddress, vehicle);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<RawScheduleItem>? ReadItems(IHtmlDocument page) => SamplePortalTable.Read(page);
}
