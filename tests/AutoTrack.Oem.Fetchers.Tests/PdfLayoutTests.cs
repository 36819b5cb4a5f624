using AutoTrack.Oem.Fetchers.Internal;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Lines are rebuilt from word positions, whatever order the words were written in.</summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public void Words_within_three_points_of_a_baseline_form_one_line_sorted_by_x()
    {
        PdfWord[] words =
        [
            new("tires", 116, 135, 700.0, 10),
            new("\u2022", 72, 75, 701.5, 10),
            new("Rotate", 84, 113, 698.2, 10),
            new("Inspect", 84, 113, 686, 10),
        ];

        var lines = PdfLayout.BuildLines(3, words);

        Assert.Equal(["\u2022 Rotate tires", "Inspect"], lines.Select(l => l.Text));
        Assert.Equal([1, 2], lines.Select(l => l.Row));
        Assert.All(lines, l => Assert.Equal(3, l.Page));
        Assert.Equal(72, lines[0].Left);
        Assert.Equal([72d, 84d, 116d], lines[0].Words.Select(w => w.Left));
    }

    [Fact]
    public void A_pdf_is_read_line_by_line_with_page_numbers()
    {
        var pdf = Build(b =>
        {
            var font = b.AddStandard14Font(Standard14Font.Helvetica);
            var first = b.AddPage(PageSize.Letter);
            first.AddText("tires", 10, new PdfPoint(116, 700), font);
            first.AddText("Rotate", 10, new PdfPoint(84, 700), font);
            first.AddText("\u2022", 10, new PdfPoint(72, 700), font);
            first.AddText("15,000 miles or 18 months", 11, new PdfPoint(72, 720), font);
            var second = b.AddPage(PageSize.Letter);
            second.AddText("Page 2", 8, new PdfPoint(290, 36), font);
        });

        var result = PdfLayout.Read(pdf, CancellationToken.None);

        Assert.NotNull(result.Layout);
        Assert.Equal(2, result.Layout.PageCount);
        Assert.Equal(["15,000 miles or 18 months", "\u2022 Rotate tires", "Page 2"], result.Layout.Lines.Select(l => l.Text));
        Assert.Equal([1, 1, 2], result.Layout.Lines.Select(l => l.Page));
    }

    [Fact]
    public void Pages_without_any_text_are_no_text_layer()
    {
        var pdf = Build(b => b.AddPage(PageSize.Letter).DrawRectangle(new PdfPoint(72, 72), 200, 300));

        var result = PdfLayout.Read(pdf, CancellationToken.None);

        Assert.Null(result.Layout);
        Assert.Equal(FetchOutcome.NoTextLayer, result.Outcome);
        Assert.Contains("1 page(s) but no text layer", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a pdf at all")]
    [InlineData("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")]
    public void Bytes_that_are_not_a_pdf_are_a_parse_error(string content)
    {
        var result = PdfLayout.Read(System.Text.Encoding.ASCII.GetBytes(content), CancellationToken.None);

        Assert.Null(result.Layout);
        Assert.Equal(FetchOutcome.ParseError, result.Outcome);
        Assert.StartsWith("The document could not be read as a PDF", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_honours_cancellation()
    {
        var pdf = Build(b => b.AddPage(PageSize.Letter).AddText("x", 10, new PdfPoint(72, 72), b.AddStandard14Font(Standard14Font.Helvetica)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfLayout.Read(pdf, cancelled.Token));
    }

    private static byte[] Build(Action<PdfDocumentBuilder> draw)
    {
        using var builder = new PdfDocumentBuilder();
        draw(builder);
        return builder.Build();
    }
}
