namespace AutoTrack.Oem.Testing;

/// <summary>Paths on which the simulator serves documents that fetchers must refuse, whatever the catalog.</summary>
public static class BrokenDocumentPaths
{
    /// <summary>An HTML sign-in page served as text/html at a ".pdf" path.</summary>
    public const string NotAPdf = "/broken/not-a-pdf.pdf";

    /// <summary>Bytes that start like a PDF but are not one, served as application/pdf.</summary>
    public const string Corrupt = "/broken/corrupt.pdf";

    /// <summary>A valid PDF whose only page holds drawn shapes and no text (like a scan), served as application/pdf.</summary>
    public const string ImageOnly = "/broken/image-only.pdf";

    /// <summary>All of the above.</summary>
    public static IReadOnlyList<string> All { get; } = [NotAPdf, Corrupt, ImageOnly];
}
