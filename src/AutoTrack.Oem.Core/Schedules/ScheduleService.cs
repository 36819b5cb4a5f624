namespace AutoTrack.Oem;

/// <summary>
/// One canonical service of a normalized schedule: what is done (<see cref="Code"/>, <see cref="Action"/>),
/// when (<see cref="Interval"/>, <see cref="Initial"/>, <see cref="Monitor"/>, <see cref="TiedTo"/>), under
/// which <see cref="Conditions"/> and for which vehicles (<see cref="Applicability"/>). Identity is the
/// <see cref="NaturalKey"/>; refreshes update services in place by it.
/// </summary>
public sealed record ScheduleService
{
    /// <summary>Creates a service.</summary>
    public ScheduleService(string code, ServiceAction action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Action = action;
    }

    /// <summary>The taxonomy code ("oil_change").</summary>
    public string Code { get; }

    /// <summary>What is done.</summary>
    public ServiceAction Action { get; }

    /// <summary>The repeating interval, whichever comes first. Null for monitor-driven, tied and one-time services.</summary>
    public ServiceInterval? Interval { get; init; }

    /// <summary>The first occurrence when it differs from the repeat ("at 100,000 miles, then every 50,000"), or
    /// the only occurrence of a one-time service.</summary>
    public ServiceInterval? Initial { get; init; }

    /// <summary>The onboard monitor that decides when the service is due, with its cap.</summary>
    public ServiceMonitor? Monitor { get; init; }

    /// <summary>The service this one is done with ("at every oil change").</summary>
    public ServiceTie? TiedTo { get; init; }

    /// <summary>Canonical <see cref="OperatingConditions"/> codes, sorted; empty for the normal schedule.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>Which vehicles the service applies to.</summary>
    public Applicability Applicability { get; init; } = Applicability.Any;

    /// <summary>The default reminder lead (see <see cref="ReminderLead.For"/>).</summary>
    public ReminderLead? ReminderLead { get; init; }

    /// <summary>True when the taxonomy marks the service safety-critical.</summary>
    public bool SafetyCritical { get; init; }

    /// <summary>The interval's distance as printed by the source (unit and value), when it had one.</summary>
    public SourceDistance? SourceDistance { get; init; }

    /// <summary>Where the service was read (one entry per contributing item, e.g. each milestone).</summary>
    public IReadOnlyList<ServiceProvenance> Provenance { get; init; } = [];

    /// <summary>Notes the normalizer attached ("interval inferred from irregular milestones").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when the service applies only under severe / special operating conditions.</summary>
    public bool IsSevere => Conditions.Count > 0;

    /// <summary>The identity of the service within its schedule: code, action, conditions and applicability.</summary>
    public string NaturalKey => string.Join('|', Code, Action.Code(), Conditions.Count == 0 ? "normal" : string.Join(',', Conditions), Applicability.Key);

    /// <inheritdoc />
    public override string ToString()
    {
        var when = Monitor is not null ? $"by {Monitor.Kind}" + (Monitor.Cap is null ? string.Empty : $", at most {Monitor.Cap}")
            : TiedTo is not null ? $"with {(TiedTo.Every == 1 ? "every" : "every " + TiedTo.Every + "th")} {TiedTo.Code}"
            : Initial is not null && Interval is not null ? $"first {Initial}, then every {Interval}"
            : Initial is not null ? $"once at {Initial}"
            : Interval is not null ? $"every {Interval}"
            : "no interval";
        return $"{Action.Code()} {Code}: {when} [{NaturalKey}]";
    }
}
