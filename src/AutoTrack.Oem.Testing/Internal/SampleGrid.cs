namespace AutoTrack.Oem.Testing.Internal;

/// <summary>The milestones each document style prints, and intervals that fall on them.</summary>
internal static class SampleGrid
{
    /// <summary>Milestone guides: every 5,000 miles, 6 months each.</summary>
    public const int GuideStepMiles = 5_000;

    /// <summary>Matrices: every 7,500 miles, 6 months each.</summary>
    public const int MatrixStepMiles = 7_500;

    public static IEnumerable<int> Milestones(string style)
    {
        var step = StepMiles(style);
        for (var miles = step; miles <= SampleSchedule.HorizonMiles; miles += step)
        {
            yield return miles;
        }
    }

    public static int StepMiles(string style) => style switch
    {
        SampleDocumentStyles.ToyotaWarrantyGuide => GuideStepMiles,
        SampleDocumentStyles.HyundaiMatrix => MatrixStepMiles,
        _ => throw new ArgumentException($"Unknown sample document style '{style}'.", nameof(style)),
    };

    /// <summary>The months a milestone of the style prints beside its miles.</summary>
    public static int MonthsAt(string style, int miles) => miles / StepMiles(style) * 6;

    /// <summary>A milestone guide interval: 10,000 miles is 12 months.</summary>
    public static ServiceInterval Guide(int miles) => new(miles, MonthsAt(SampleDocumentStyles.ToyotaWarrantyGuide, miles));

    /// <summary>A matrix interval: 15,000 miles is 12 months.</summary>
    public static ServiceInterval Matrix(int miles) => new(miles, MonthsAt(SampleDocumentStyles.HyundaiMatrix, miles));
}
