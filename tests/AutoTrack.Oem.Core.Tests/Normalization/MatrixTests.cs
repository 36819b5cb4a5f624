namespace AutoTrack.Oem.Tests.Normalization;

/// <summary>Hyundai / Kia / Subaru style: rows of items, milestone columns, action letters in the cells.</summary>
public class MatrixTests
{
    private static readonly string[] Headers = Enumerable.Range(1, 8)
        .Select(i => $"Miles x 1,000 / {i * 7.5:0.#} / Months / {i * 6}")
        .ToArray();

    private static RawScheduleItem Row(string item, string? section, Func<int, string> cell) =>
        Raw.Row(item, section, [.. Headers.Select((h, i) => (h, cell(i + 1)))]);

    [Fact]
    public void Action_letters_under_milestone_columns_become_intervals()
    {
        var schedule = Raw.Normalize(
            Row("Engine oil and filter", "Normal maintenance schedule", _ => "R"),
            Row("Air cleaner filter", "Normal maintenance schedule", i => i % 2 == 0 ? "R" : "I"),
            Row("Drive belts", "Normal maintenance schedule", i => i == 4 || i == 8 ? "I" : string.Empty));

        Assert.Equal(new ServiceInterval(7_500, 6), schedule.Only(ServiceCodes.OilChange).Interval);
        Assert.Equal(new ServiceInterval(7_500, 6), schedule.Only(ServiceCodes.OilFilter).Interval);
        Assert.Equal(new ServiceInterval(15_000, 12), schedule.Only(ServiceCodes.EngineAirFilter, ServiceAction.Replace).Interval);
        var inspect = schedule.Only(ServiceCodes.EngineAirFilter, ServiceAction.Inspect);
        Assert.Equal(new ServiceInterval(15_000, 12), inspect.Interval);
        Assert.Equal(new ServiceInterval(7_500, 6), inspect.Initial);
        Assert.Equal(new ServiceInterval(30_000, 24), schedule.Only(ServiceCodes.DriveBelt).Interval);
    }

    [Fact]
    public void The_documents_own_legend_defines_the_letters()
    {
        var legend = new Dictionary<string, string>
        {
            ["I"] = "Inspect and if necessary adjust, correct, clean or replace",
            ["R"] = "Replace or change",
            ["*1"] = "AWD models only",
        };
        var schedule = new ScheduleNormalizer().Normalize(Raw.WithLegend(legend,
            Row("Rear differential oil", null, i => i % 4 == 0 ? "R*1" : string.Empty),
            Row("Brake pads and discs", null, _ => "I")));

        var differential = schedule.Only(ServiceCodes.RearDifferentialFluid);
        Assert.Equal(ServiceAction.Replace, differential.Action);
        Assert.Equal(30_000, differential.Interval!.Miles);
        Assert.Equal(Drivetrain.AWD, differential.Applicability.Drivetrain);
        Assert.Equal(ServiceAction.Inspect, schedule.Only(ServiceCodes.BrakePads).Action);
    }

    [Fact]
    public void Severe_table_rows_take_condition_letters_from_the_legend()
    {
        var legend = new Dictionary<string, string>
        {
            ["A"] = "Repeatedly driving short distances",
            ["B"] = "Extensive engine idling",
            ["C"] = "Driving on dusty, rough roads",
        };
        var schedule = new ScheduleNormalizer().Normalize(Raw.WithLegend(legend,
            Raw.Row("Engine oil and filter", "Maintenance under severe usage conditions",
                ("Maintenance operation", "R"), ("Maintenance interval", "Every 3,750 miles or 3 months"), ("Driving condition", "A, B, C"))));

        var oil = schedule.Only(ServiceCodes.OilChange);
        Assert.Equal(new ServiceInterval(3_750, 3), oil.Interval);
        Assert.Equal(["dusty_roads", "extensive_idling", "rough_roads", "short_trips"], oil.Conditions);
    }

    [Fact]
    public void An_action_letter_in_an_operation_column_is_the_rows_action()
    {
        var schedule = Raw.Normalize(Raw.Row("Air cleaner filter", "Maintenance under severe usage conditions",
            ("Maintenance operation", "I"), ("Maintenance interval", "Every 7,500 miles or 6 months"), ("Driving condition", "C")));

        var service = schedule.Only(ServiceCodes.EngineAirFilter);
        Assert.Equal(ServiceAction.Inspect, service.Action);
        Assert.Equal(new ServiceInterval(7_500, 6), service.Interval);
        Assert.DoesNotContain(schedule.Issues, i => i.Kind == NormalizationIssueKind.UnreadableCell);
    }

    [Theory]
    [InlineData("7,500 mi / 12,000 km / 6 mo", 7_500, 6)]
    [InlineData("Miles (x1000): 15 / Months: 12", 15_000, 12)]
    [InlineData("Months 24 / Miles 30,000", 30_000, 24)]
    [InlineData("Kilometers (x 1,000) / 20 / Miles (x 1,000) / 12.5 / Months / 12", 12_500, 12)]
    [InlineData("x 1,000 km / 40 / months / 24", 24_900, 24)]
    public void Column_headers_in_several_layouts_are_milestones(string header, int miles, int months)
    {
        var service = Raw.Normalize(
            Raw.Row("Engine oil", null, (header, "R")),
            Raw.Row("Engine oil", null, ("Months / 999", string.Empty))).Only(ServiceCodes.OilChange);

        Assert.Equal(new ServiceInterval(miles, months), service.Interval);
    }

    [Fact]
    public void Unknown_cell_symbols_are_reported_not_guessed()
    {
        var schedule = Raw.Normalize(Row("Engine oil", null, i => i == 1 ? "Q" : "R"));

        Assert.Contains(schedule.Issues, i => i.Kind == NormalizationIssueKind.UnreadableCell && i.Message.Contains("'Q'", StringComparison.Ordinal));
        Assert.Equal(ScheduleShape.Matrix, schedule.Report.ItemsByShape.Keys.Single());
    }

    [Fact]
    public void Check_marks_mean_the_items_default_action()
    {
        var service = Raw.Normalize(Row("Rotate tires", null, _ => "✓")).Only(ServiceCodes.TireRotation);

        Assert.Equal(ServiceAction.Rotate, service.Action);
        Assert.Equal(7_500, service.Interval!.Miles);
    }
}
