namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>A downloaded PDF (bytes and its <see cref="SourceDocument"/>), or the failed fetch result.</summary>
internal sealed record PdfDownload(byte[]? Bytes, SourceDocument? Document, FetchResult? Failure)
{
    public static PdfDownload Succeeded(byte[] bytes, SourceDocument document) => new(bytes, document, null);

    public static PdfDownload Failed(FetchOutcome outcome, string reason) => new(null, null, FetchResult.Failed(outcome, reason));
}
