using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>PDFs served by the layout faults: readable text in a layout no fetcher recognises, and a schedule with
/// headings but no items.</summary>
internal static class FaultDocuments
{
    private static readonly Lazy<byte[]> Drift = new(() => Render(
        "Owner newsletter - Spring edition",
        "Thank you for choosing us. Visit your dealer for seasonal offers.",
        "Our new showroom opens in May with extended weekend hours."));

    private static readonly Lazy<byte[]> Empty = new(() => Render(
        "Maintenance Schedule",
        "Miles x 1,000",
        "15,000 miles or 18 months"));

    public static byte[] LayoutDrift => Drift.Value;

    public static byte[] EmptyTable => Empty.Value;

    private static byte[] Render(params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        var y = 700;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new PdfPoint(72, y), font);
            y -= 24;
        }

        return builder.Build();
    }
}
