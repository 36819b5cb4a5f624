using AutoTrack.Oem.Fetchers.Internal;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Two-column pages are put into reading order; one-column pages are left alone.</summary>
public sealed class PdfColumnsTests
{
    [Fact]
    public void Two_columns_read_left_column_then_right_column_between_whole_width_lines()
    {
        var lines = PdfLayout.BuildLines(2,
        [
            Word("Title", 72, 400, 740),
            .. Row(720, "left one", "right one"),
            .. Row(706, "left two", "right two"),
            .. Row(692, "left three", null),
            .. Row(678, "left four", "right three"),
            Word("Footer", 250, 350, 40),
        ]);

        var ordered = PdfColumns.InReadingOrder(PdfLayout.FromLines(2, lines)).Lines;

        Assert.Equal(["Title", "left one", "left two", "left three", "left four", "right one", "right two", "right three", "Footer"], ordered.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, 9), ordered.Select(l => l.Row));
        Assert.All(ordered, l => Assert.Equal(2, l.Page));
    }

    [Fact]
    public void A_one_column_page_with_ordinary_word_gaps_keeps_its_lines()
    {
        var lines = PdfLayout.BuildLines(1,
        [
            .. Words(720, 72, "\u2022 Replace engine oil and oil filter every 10,000 miles"),
            .. Words(706, 72, "\u2022 Inspect brake linings/drums and brake pads/discs"),
            .. Words(692, 72, "\u2022 Rotate tires"),
            .. Words(678, 72, "\u2022 Inspect ball joints and dust covers and steering linkage"),
        ]);

        Assert.Null(PdfColumns.Gutter(lines));
        Assert.Equal(lines, PdfColumns.InReadingOrder(PdfLayout.FromLines(1, lines)).Lines);
    }

    [Fact]
    public void A_table_row_with_few_wide_gaps_is_not_taken_for_columns_when_most_lines_cross_them()
    {
        var lines = PdfLayout.BuildLines(1,
        [
            .. Words(720, 72, "A long paragraph line that runs across the whole width of the page text block"),
            .. Words(706, 72, "another long paragraph line that runs across the whole width of the page too"),
            .. Words(692, 72, "and a third long paragraph line running across the whole width of the page"),
            .. Row(678, "short", "cell"),
        ]);

        Assert.Null(PdfColumns.Gutter(lines));
    }

    private static PdfWord Word(string text, double left, double right, double baseline) => new(text, left, right, baseline, 10);

    private static IEnumerable<PdfWord> Row(double baseline, string? left, string? right) =>
        (left is null ? [] : Words(baseline, 72, left)).Concat(right is null ? [] : Words(baseline, 330, right));

    /// <summary>Words 5 points per letter wide, one 3-point space apart.</summary>
    private static IEnumerable<PdfWord> Words(double baseline, double x, string text)
    {
        foreach (var word in text.Split(' '))
        {
            yield return Word(word, x, x + (5 * word.Length), baseline);
            x += (5 * word.Length) + 3;
        }
    }
}
