using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The documents behind <see cref="BrokenDocumentPaths"/>.</summary>
internal static class BrokenDocuments
{
    public static SimulatedDocument? Create(string path, DateTimeOffset lastModified) => path switch
    {
        BrokenDocumentPaths.NotAPdf => SimulatedDocument.Create(NotAPdf(), "text/html; charset=utf-8", lastModified),
        BrokenDocumentPaths.Corrupt => SimulatedDocument.Create(Corrupt(), SimulatedDocument.PdfMediaType, lastModified),
        BrokenDocumentPaths.ImageOnly => SimulatedDocument.Create(ImageOnly(), SimulatedDocument.PdfMediaType, lastModified),
        _ => null,
    };

    private static byte[] NotAPdf() => Encoding.UTF8.GetBytes(
        "<!doctype html>\n<html><head><title>Owners - sign in</title></head>\n"
        + "<body><h1>Sign in</h1><p>Please sign in to view your maintenance guide.</p></body></html>\n");

    /// <summary>A PDF header, the start of an object that never ends, and deterministic noise: no cross-reference
    /// table and no pages.</summary>
    private static byte[] Corrupt()
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n");
        var noise = new byte[2048];
        var state = 0x2545F491u;
        for (var i = 0; i < noise.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            noise[i] = (byte)('!' + (state % 90));
        }

        return [.. head, .. noise, .. Encoding.ASCII.GetBytes("\n%%EOF\n")];
    }

    /// <summary>A page with a frame and a few lines where a scan would be: shapes, no text.</summary>
    private static byte[] ImageOnly()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.Letter);
        page.DrawRectangle(new PdfPoint(72, 144), 468, 576, 1);
        for (var y = 680; y > 200; y -= 24)
        {
            page.DrawLine(new PdfPoint(96, y), new PdfPoint(516, y), 0.5);
        }

        return DeterministicPdf.Stabilize(builder.Build());
    }
}
