using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Tests.Validation;

public class ScheduleValidatorTests
{
    private static readonly ScheduleValidator Validator = new();

    private static NormalizedSchedule FullGuide() => Raw.Normalize(
        Raw.Text("Replace engine oil and oil filter every 10,000 miles or 12 months"),
        Raw.Text("Rotate tires every 5,000 miles"),
        Raw.Text("Replace engine air filter every 30,000 miles"),
        Raw.Text("Replace cabin air filter every 20,000 miles"),
        Raw.Text("Replace brake fluid every 3 years"),
        Raw.Text("Inspect brakes every 15,000 miles"),
        Raw.Text("Replace spark plugs every 100,000 miles"),
        Raw.Text("Replace engine coolant at 100,000 miles, then every 50,000 miles"));

    [Fact]
    public void A_plausible_schedule_is_publishable()
    {
        var result = Validator.Validate(FullGuide());

        Assert.True(result.IsPublishable, result.Reasons);
    }

    [Theory]
    [InlineData("Replace engine oil every 100,000 miles", "oil_change")]
    [InlineData("Replace engine oil every 500 miles", "oil_change")]
    [InlineData("Replace engine oil every 36 months", "oil_change")]
    [InlineData("Rotate tires every 50,000 miles", "tire_rotation")]
    [InlineData("Replace spark plugs every 10,000 miles", "spark_plugs")]
    [InlineData("Replace timing belt every 300,000 miles", "timing_belt")]
    [InlineData("Change engine oil when the oil life monitor indicates, not to exceed 60,000 miles", "oil_change")]
    [InlineData("Replace engine coolant at 250,000 miles, then every 50,000 miles", "engine_coolant")]
    public void Values_outside_a_codes_bounds_quarantine_the_schedule(string text, string code)
    {
        var result = Validator.Validate(Raw.Normalize(text));

        Assert.True(result.ShouldQuarantine);
        var anomaly = Assert.Single(result.Anomalies);
        Assert.Equal(AnomalyKind.OutOfBounds, anomaly.Kind);
        Assert.Equal(code, anomaly.ServiceCode);
    }

    [Fact]
    public void An_early_first_occurrence_is_allowed()
    {
        Assert.True(Validator.Validate(Raw.Normalize("Re-torque wheel lug nuts after the first 600 miles")).IsPublishable);
    }

    [Fact]
    public void A_sharp_drop_in_services_against_the_published_version_is_layout_drift()
    {
        var drifted = Raw.Normalize(
            Raw.Text("Replace engine oil and oil filter every 10,000 miles or 12 months"),
            Raw.Text("Rotate tires every 5,000 miles"),
            Raw.Text("Replace engine air filter every 30,000 miles"));

        var result = Validator.Validate(drifted, previous: FullGuide());

        Assert.Contains(result.Anomalies, a => a.Kind == AnomalyKind.ServiceCountDrop);
        Assert.Contains(result.Anomalies, a => a.Kind == AnomalyKind.MissingCoreService && a.ServiceCode == ServiceCodes.BrakeFluid);
        Assert.True(Validator.Validate(drifted).IsPublishable, "the same schedule with no history is plausible on its own");
    }

    [Fact]
    public void A_missing_core_service_alone_is_drift()
    {
        var previous = FullGuide();
        var withoutOil = previous with { };
        withoutOil = new NormalizedSchedule([.. previous.Services.Where(s => s.Code != ServiceCodes.OilChange)]);

        var anomaly = Assert.Single(Validator.Validate(withoutOil, previous).Anomalies);
        Assert.Equal(AnomalyKind.MissingCoreService, anomaly.Kind);
        Assert.Equal(ServiceCodes.OilChange, anomaly.ServiceCode);
    }

    [Fact]
    public void Removing_a_non_core_service_is_an_ordinary_change()
    {
        var previous = FullGuide();
        var candidate = new NormalizedSchedule([.. previous.Services.Where(s => s.Code != ServiceCodes.SparkPlugs)]);

        Assert.True(Validator.Validate(candidate, previous).IsPublishable);
    }

    [Fact]
    public void Empty_schedules_unit_mismatches_conflicts_and_mostly_unrecognized_documents_are_anomalies()
    {
        Assert.Contains(Validator.Validate(Raw.Normalize("Nothing to see here")).Anomalies, a => a.Kind == AnomalyKind.EmptySchedule);
        Assert.Contains(Validator.Validate(Raw.Normalize("Nothing to see here")).Anomalies, a => a.Kind == AnomalyKind.TooMuchUnrecognized);
        Assert.Contains(Validator.Validate(Raw.Normalize("Replace engine oil every 7,500 miles (20,000 km)")).Anomalies, a => a.Kind == AnomalyKind.UnitMismatch);
        Assert.Contains(Validator.Validate(Raw.Normalize(Raw.Text("Replace engine oil every 10,000 miles"), Raw.Text("Replace engine oil every 5,000 miles"))).Anomalies,
            a => a.Kind == AnomalyKind.ConflictingDuplicate);
    }

    [Fact]
    public void Options_are_validated_when_the_validator_is_created()
    {
        var error = Assert.Throws<ValidationException>(() => new ScheduleValidator(options: new ValidationOptions { MinimumServiceRatio = 2 }));

        Assert.Contains(nameof(ValidationOptions.MinimumServiceRatio), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var lenient = new ScheduleValidator(options: new ValidationOptions { QuarantineUnitMismatches = false });

        Assert.True(lenient.Validate(Raw.Normalize("Replace engine oil every 7,500 miles (20,000 km)")).IsPublishable);
    }
}
