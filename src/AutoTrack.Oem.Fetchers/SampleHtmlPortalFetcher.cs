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
/// <remarks>Supports the vehicles of <see cref="SampleHtmlPortalOptions.Makes"/>, or every vehicle when none are
/// listed (the portal answers 404, <see cref="FetchOutcome.HttpError"/>, for those it does not list); a page without
/// the table is <see cref="FetchOutcome.LayoutDrift"/>. One page covers every trim of a model year.</remarks>
public sealed class SampleHtmlPortalFetcher : HtmlPortalFetcher
{
    internal static readonly FetcherMetadata Info = new("sample-html-portal", "Sample", SourceKind.OemPortal, FetcherMetadata.DefaultPriority(SourceKind.OemPortal))
    {
        TermsOfUse = TermsOfUse.ScrapingPermitted,
    };

    private readonly MakeFilter _makes;

    /// <summary>Creates the fetcher.</summary>
    /// <exception cref="ArgumentException">The options have no <see cref="HtmlPortalOptions.BaseAddress"/>.</exception>
    public SampleHtmlPortalFetcher(HttpClient httpClient, IOptions<SampleHtmlPortalOptions> options, TimeProvider timeProvider)
        : base(httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider)
    {
        _makes = MakeFilter.From(options.Value.Makes);
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    /// <inheritdoc />
    protected override Uri? PageFor(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return _makes.Covers(vehicle) ? PortalPath.For(BaseAddress, vehicle) : null;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<RawScheduleItem>? ReadItems(IHtmlDocument page) => SamplePortalTable.Read(page);
}
