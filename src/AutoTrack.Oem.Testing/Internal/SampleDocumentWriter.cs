using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Writes a sample document page by page with PdfPig's builder: Letter pages, Helvetica, and on every page the
/// <see cref="SampleSchedule.SampleLabel"/> footer and a "Page N" number.
/// </summary>
internal sealed class SampleDocumentWriter : IDisposable
{
    public const double PageTop = 740;
    public const double PageBottom = 90;

    private readonly PdfDocumentBuilder _builder = new();
    private PdfPageBuilder? _page;

    public SampleDocumentWriter()
    {
        Regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        Bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        Italic = _builder.AddStandard14Font(Standard14Font.HelveticaOblique);
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }

    public PdfDocumentBuilder.AddedFont Bold { get; }

    public PdfDocumentBuilder.AddedFont Italic { get; }

    public int PageNumber { get; private set; }

    public PdfPageBuilder Page => _page ?? throw new InvalidOperationException("No page has been started.");

    /// <summary>Starts a page; the footer is drawn first, so readers cannot rely on content order.</summary>
    public PdfPageBuilder NewPage()
    {
        _page = _builder.AddPage(PageSize.Letter);
        PageNumber++;
        _page.AddText(SampleSchedule.SampleLabel, 8, new PdfPoint(72, 52), Italic);
        _page.AddText(string.Create(CultureInfo.InvariantCulture, $"Page {PageNumber}"), 8, new PdfPoint(290, 36), Regular);
        return _page;
    }

    public void Text(string text, double size, double x, double y, PdfDocumentBuilder.AddedFont font) =>
        Page.AddText(text, size, new PdfPoint(x, y), font);

    public double Width(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    public void Rule(double x1, double x2, double y) =>
        Page.DrawLine(new PdfPoint(x1, y), new PdfPoint(x2, y), 0.5);

    public byte[] Build() => DeterministicPdf.Stabilize(_builder.Build());

    public void Dispose() => _builder.Dispose();
}
