using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("manufacturer_schedules")]
internal sealed class ScheduleRow
{
    [Column("id"), PrimaryKey] public Guid Id { get; set; }
    [Column("market")] public string Market { get; set; } = "US";
    [Column("manufacturer")] public string Manufacturer { get; set; } = string.Empty;
    [Column("make")] public string Make { get; set; } = string.Empty;
    [Column("model")] public string Model { get; set; } = string.Empty;
    [Column("year")] public int Year { get; set; }
    [Column("trim")] public string Trim { get; set; } = string.Empty;
    [Column("vehicle_key")] public string VehicleKey { get; set; } = string.Empty;
    [Column("display_make")] public string DisplayMake { get; set; } = string.Empty;
    [Column("display_model")] public string DisplayModel { get; set; } = string.Empty;
    [Column("display_trim")] public string? DisplayTrim { get; set; }
    [Column("source_url")] public string? SourceUrl { get; set; }
    [Column("source_kind")] public string? SourceKind { get; set; }
    [Column("content_hash")] public string ContentHash { get; set; } = string.Empty;
    [Column("previous_hash")] public string? PreviousHash { get; set; }
    [Column("normalizer_version")] public string NormalizerVersion { get; set; } = string.Empty;
    [Column("current_version_id")] public Guid? CurrentVersionId { get; set; }
    [Column("service_count")] public int ServiceCount { get; set; }
    [Column("checked_at")] public DateTimeOffset CheckedAt { get; set; }
    [Column("changed_at")] public DateTimeOffset ChangedAt { get; set; }
    [Column("created_at")] public DateTimeOffset CreatedAt { get; set; }
}
