using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>A simulator that prints every document with other margins, indents, column widths and font sizes.</summary>
public sealed class ShiftedLayoutSimulatorFixture : SimulatorFixture
{
    public static SampleLayout Shifted { get; } = new()
    {
        FontSize = 11.5,
        LeftMargin = 54,
        TextIndent = 17,
        LineSpacing = 1.3,
        TableFontSize = 7.2,
        TableLeft = 44,
        ItemColumnWidth = 138,
        MilestoneColumnWidth = 22.5,
    };

    protected override SimulatorOptions Options => new() { Layout = Shifted };
}

/// <summary>The readers rebuild lines and columns from word positions, so a slightly different layout still reads
/// the same.</summary>
public sealed class RobustnessTests(ShiftedLayoutSimulatorFixture fixture) : IClassFixture<ShiftedLayoutSimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    [Theory]
    [InlineData(2020, "Toyota", "Tacoma")]
    [InlineData(2021, "Toyota", "RAV4")]
    [InlineData(2023, "Lexus", "ES")]
    [InlineData(2022, "Hyundai", "Tucson")]
    [InlineData(2022, "Kia", "Sorento")]
    [InlineData(2021, "Hyundai", "Sonata")]
    public async Task A_shifted_layout_reads_the_same(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var result = await TestFetchers.For(_oem, sample.Style).FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(new ScheduleNormalizer().Normalize(result.Schedule!)));
    }

    [Fact]
    public async Task The_documents_really_are_printed_with_the_shifted_layout()
    {
        var guide = await TestFetchers.Toyota(_oem).FetchScheduleAsync(TestFetchers.Sample(2021, "Toyota", "Corolla").Vehicle, CancellationToken.None);
        var matrix = await TestFetchers.Hyundai(_oem).FetchScheduleAsync(TestFetchers.Sample(2022, "Hyundai", "Tucson").Vehicle, CancellationToken.None);

        var guideWords = FirstPageWords(guide);
        var bullet = guideWords.First(w => w.Text == "\u2022");
        var rotate = guideWords.First(w => w.Text == "Rotate");
        Assert.Equal(ShiftedLayoutSimulatorFixture.Shifted.LeftMargin, bullet.BoundingBox.Left, 0.5);
        Assert.Equal(ShiftedLayoutSimulatorFixture.Shifted.LeftMargin + ShiftedLayoutSimulatorFixture.Shifted.TextIndent, rotate.BoundingBox.Left, 0.5);
        Assert.Equal(ShiftedLayoutSimulatorFixture.Shifted.FontSize, rotate.Letters[0].PointSize, 0.01);

        var miles = FirstPageWords(matrix).First(w => w.Text == "Miles");
        Assert.Equal(ShiftedLayoutSimulatorFixture.Shifted.TableLeft + 2, miles.BoundingBox.Left, 0.5);
        Assert.Equal(ShiftedLayoutSimulatorFixture.Shifted.TableFontSize, miles.Letters[0].PointSize, 0.01);
    }

    private static List<UglyToad.PdfPig.Content.Word> FirstPageWords(FetchResult result)
    {
        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Document!.Content.ToArray());
        return [.. pdf.GetPage(1).GetWords()];
    }
}
