using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("manufacturer_services")]
internal sealed class ServiceRow
{
    [Column("id"), PrimaryKey] public Guid Id { get; set; }
    [Column("schedule_id")] public Guid ScheduleId { get; set; }
    [Column("natural_key")] public string NaturalKey { get; set; } = string.Empty;
    [Column("service_code")] public string ServiceCode { get; set; } = string.Empty;
    [Column("service_name")] public string ServiceName { get; set; } = string.Empty;
    [Column("action")] public string Action { get; set; } = string.Empty;
    [Column("interval_miles")] public int? IntervalMiles { get; set; }
    [Column("interval_months")] public int? IntervalMonths { get; set; }
    [Column("initial_miles")] public int? InitialMiles { get; set; }
    [Column("initial_months")] public int? InitialMonths { get; set; }
    [Column("monitor_kind")] public string? MonitorKind { get; set; }
    [Column("monitor_cap_miles")] public int? MonitorCapMiles { get; set; }
    [Column("monitor_cap_months")] public int? MonitorCapMonths { get; set; }
    [Column("tied_to_code")] public string? TiedToCode { get; set; }
    [Column("tied_to_every")] public int? TiedToEvery { get; set; }
    [Column("conditions")] public string Conditions { get; set; } = string.Empty;
    [Column("is_severe")] public bool IsSevere { get; set; }
    [Column("engine")] public string? Engine { get; set; }
    [Column("drivetrain")] public string? Drivetrain { get; set; }
    [Column("transmission")] public string? Transmission { get; set; }
    [Column("if_equipped")] public bool IfEquipped { get; set; }
    [Column("reminder_lead_miles")] public int? ReminderLeadMiles { get; set; }
    [Column("reminder_lead_days")] public int? ReminderLeadDays { get; set; }
    [Column("safety_critical")] public bool SafetyCritical { get; set; }
    [Column("source_url")] public string? SourceUrl { get; set; }
    [Column("source_page")] public int? SourcePage { get; set; }
    [Column("original_text")] public string? OriginalText { get; set; }
    [Column("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [Column("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
}
