using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("change_log")]
internal sealed class ChangeLogRow
{
    [Column("id"), PrimaryKey, Identity] public long Id { get; set; }
    [Column("schedule_id")] public Guid ScheduleId { get; set; }
    [Column("vehicle_key")] public string VehicleKey { get; set; } = string.Empty;
    [Column("change_kind")] public string ChangeKind { get; set; } = string.Empty;
    [Column("content_hash")] public string ContentHash { get; set; } = string.Empty;
    [Column("previous_hash")] public string? PreviousHash { get; set; }
    [Column("safety_critical")] public bool SafetyCritical { get; set; }
    [Column("summary")] public string Summary { get; set; } = string.Empty;
    [Column("created_at")] public DateTimeOffset CreatedAt { get; set; }
}
