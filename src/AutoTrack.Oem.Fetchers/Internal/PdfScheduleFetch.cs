namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>The steps every PDF fetcher shares: download, rebuild the text layout, read it with the fetcher's
/// layout reader, and wrap the items in a <see cref="RawSchedule"/>. Failures after the download keep the
/// document on the result so it can be stored and re-parsed.</summary>
internal static class PdfScheduleFetch
{
    public static async Task<FetchResult> RunAsync(
        PdfDownloader downloader, Uri url, OemPdfSourceOptions options, Func<PdfLayout, LayoutReading> read, DocumentValidators? known, CancellationToken cancellationToken)
    {
        var download = await downloader.DownloadAsync(url, options, known, cancellationToken).ConfigureAwait(false);
        if (download.Failure is { } failure)
        {
            return failure;
        }

        var document = download.Document!;
        var layout = PdfLayout.Read(download.Bytes!, cancellationToken);
        if (layout.Layout is null)
        {
            return FetchResult.Failed(layout.Outcome, $"{url}: {layout.Reason}") with { Document = document };
        }

        var reading = read(layout.Layout);
        if (reading.DriftReason is { } drift)
        {
            return FetchResult.Failed(FetchOutcome.LayoutDrift, $"{url}: {drift}") with { Document = document };
        }

        var schedule = new RawSchedule(document.Url, SourceKind.OemPdf, document.RetrievedAt, reading.Items)
        {
            Title = reading.Title,
            Legend = reading.Legend,
        };
        return FetchResult.Success(schedule, document);
    }
}
