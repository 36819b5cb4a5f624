using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Prints every document of a catalog with LibreOffice in one run: milestone guides through
/// <see cref="SpreadsheetGuide"/>, matrices through <see cref="SpreadsheetMatrix"/>.</summary>
internal static class LibreOfficeDocuments
{
    /// <summary>The PDF of each document path.</summary>
    /// <exception cref="ArgumentException">The layout asks for two-column guides, which LibreOffice is not given.</exception>
    /// <exception cref="InvalidOperationException">LibreOffice is missing or fails (the message names the fix).</exception>
    public static async Task<Dictionary<string, byte[]>> PrintAsync(SampleCatalog catalog, SampleLayout layout, CancellationToken cancellationToken)
    {
        if (layout.Columns != 1 && catalog.InStyle(SampleDocumentStyles.ToyotaWarrantyGuide).Count > 0)
        {
            throw new ArgumentException("SamplePdfProducer.LibreOffice prints milestone guides in one column; use SamplePdfProducer.PdfPig for SampleLayout.Columns = 2.", nameof(layout));
        }

        var samples = catalog.Vehicles.DistinctBy(v => v.DocumentPath, StringComparer.Ordinal).ToList();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"document{names.Count + 1}.fods");
            names[sample.DocumentPath] = name;
            files[name] = sample.Style switch
            {
                SampleDocumentStyles.ToyotaWarrantyGuide => SpreadsheetGuide.Write(sample.Schedule, layout),
                SampleDocumentStyles.HyundaiMatrix => SpreadsheetMatrix.Write(sample.Schedule, layout),
                _ => throw new InvalidOperationException($"Unknown style '{sample.Style}'."),
            };
        }

        var pdfs = await LibreOfficePrinter.ConvertAsync(files, cancellationToken).ConfigureAwait(false);
        return names.ToDictionary(n => n.Key, n => pdfs[n.Value], StringComparer.Ordinal);
    }
}
