using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AutoTrack.Oem;

/// <summary>
/// Decides whether a normalized schedule may be published. Checks each service against its code's
/// plausible bounds and, against the previously published version, looks for signs of layout drift (a
/// sharp drop in the number of services, a missing core service). Anomalous schedules are quarantined
/// with reasons, never published.
/// </summary>
public sealed class ScheduleValidator
{
    private readonly ServiceTaxonomy _taxonomy;
    private readonly ValidationOptions _options;

    /// <summary>Creates a validator.</summary>
    /// <exception cref="ValidationException">The options are out of range.</exception>
    public ScheduleValidator(ServiceTaxonomy? taxonomy = null, ValidationOptions? options = null)
    {
        _taxonomy = taxonomy ?? ServiceTaxonomy.Default;
        _options = options ?? new ValidationOptions();
        Validator.ValidateObject(_options, new ValidationContext(_options), validateAllProperties: true);
    }

    /// <summary>Validates a candidate, optionally against the previously published version.</summary>
    public ValidationResult Validate(NormalizedSchedule candidate, NormalizedSchedule? previous = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var anomalies = new List<Anomaly>();
        if (candidate.Services.Count == 0)
        {
            anomalies.Add(new Anomaly(AnomalyKind.EmptySchedule, "The schedule has no services."));
        }

        foreach (var service in candidate.Services)
        {
            CheckBounds(service, anomalies);
        }

        foreach (var issue in candidate.Issues)
        {
            if (issue.Kind == NormalizationIssueKind.UnitMismatch && _options.QuarantineUnitMismatches)
            {
                anomalies.Add(new Anomaly(AnomalyKind.UnitMismatch, "Units disagree: " + issue.Message));
            }
            else if (issue.Kind == NormalizationIssueKind.ConflictingDuplicate && _options.QuarantineConflicts)
            {
                anomalies.Add(new Anomaly(AnomalyKind.ConflictingDuplicate, issue.Message));
            }
        }

        var read = candidate.Report.ItemsRead;
        if (read > 0 && (double)candidate.Report.UnrecognizedCount / read > _options.MaximumUnrecognizedRatio)
        {
            anomalies.Add(new Anomaly(AnomalyKind.TooMuchUnrecognized,
                $"{candidate.Report.UnrecognizedCount} of {read} items could not be understood."));
        }

        if (previous is not null)
        {
            CheckDrift(candidate, previous, anomalies);
        }

        return new ValidationResult(anomalies);
    }

    private void CheckBounds(ScheduleService service, List<Anomaly> anomalies)
    {
        if (!_taxonomy.TryGet(service.Code, out var definition))
        {
            return;
        }

        var bounds = definition.Bounds;
        void Check(ServiceInterval? interval, string what, bool minimumApplies)
        {
            if (interval is null)
            {
                return;
            }

            if (interval.Miles is { } miles && (miles > bounds.MaxMiles || (minimumApplies && miles < bounds.MinMiles)))
            {
                anomalies.Add(new Anomaly(AnomalyKind.OutOfBounds, string.Create(CultureInfo.InvariantCulture,
                    $"{service.Code} {what} of {miles:N0} miles is outside {bounds.MinMiles:N0}-{bounds.MaxMiles:N0}."), service.Code));
            }

            if (interval.Months is { } months && (months > bounds.MaxMonths || (minimumApplies && months < bounds.MinMonths)))
            {
                anomalies.Add(new Anomaly(AnomalyKind.OutOfBounds, string.Create(CultureInfo.InvariantCulture,
                    $"{service.Code} {what} of {months} months is outside {bounds.MinMonths}-{bounds.MaxMonths}."), service.Code));
            }
        }

        Check(service.Interval, "interval", minimumApplies: true);
        Check(service.Monitor?.Cap, "monitor cap", minimumApplies: true);

        // A first occurrence may come early (break-in re-torques, first oil change) but never implausibly late.
        Check(service.Initial, "first occurrence", minimumApplies: false);
    }

    private void CheckDrift(NormalizedSchedule candidate, NormalizedSchedule previous, List<Anomaly> anomalies)
    {
        var before = previous.Services.Count;
        var after = candidate.Services.Count;
        if (before > 0 && after < before * _options.MinimumServiceRatio)
        {
            anomalies.Add(new Anomaly(AnomalyKind.ServiceCountDrop,
                $"The schedule dropped from {before} to {after} services; the source's layout may have changed."));
        }

        var present = candidate.Services.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in previous.Services.Select(s => s.Code).Distinct(StringComparer.Ordinal))
        {
            if (!present.Contains(code) && _taxonomy.TryGet(code, out var definition) && definition.Core)
            {
                anomalies.Add(new Anomaly(AnomalyKind.MissingCoreService,
                    $"Core service {code} was in the published schedule and is missing now; the source's layout may have changed.", code));
            }
        }
    }
}
