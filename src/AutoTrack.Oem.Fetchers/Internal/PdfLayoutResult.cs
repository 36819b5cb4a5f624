namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>A <see cref="PdfLayout"/>, or why the document has none.</summary>
internal sealed record PdfLayoutResult
{
    private PdfLayoutResult(PdfLayout? layout, FetchOutcome outcome, string? reason)
    {
        Layout = layout;
        Outcome = outcome;
        Reason = reason;
    }

    /// <summary>The layout; null on failure.</summary>
    public PdfLayout? Layout { get; }

    /// <summary><see cref="FetchOutcome.Success"/>, <see cref="FetchOutcome.ParseError"/> or <see cref="FetchOutcome.NoTextLayer"/>.</summary>
    public FetchOutcome Outcome { get; }

    /// <summary>Why there is no layout.</summary>
    public string? Reason { get; }

    public static PdfLayoutResult Succeeded(PdfLayout layout) => new(layout, FetchOutcome.Success, null);

    public static PdfLayoutResult Failed(FetchOutcome outcome, string reason) => new(null, outcome, reason);
}
