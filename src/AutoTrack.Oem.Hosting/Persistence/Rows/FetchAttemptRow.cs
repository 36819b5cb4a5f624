using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("fetch_attempts")]
internal sealed class FetchAttemptRow
{
    [Column("id"), PrimaryKey, Identity] public long Id { get; set; }
    [Column("run_id")] public Guid RunId { get; set; }
    [Column("fetcher")] public string Fetcher { get; set; } = string.Empty;
    [Column("manufacturer")] public string Manufacturer { get; set; } = string.Empty;
    [Column("vehicle_key")] public string VehicleKey { get; set; } = string.Empty;
    [Column("document_url")] public string? DocumentUrl { get; set; }
    [Column("outcome")] public string Outcome { get; set; } = string.Empty;
    [Column("reason")] public string? Reason { get; set; }
    [Column("duration_ms")] public int DurationMs { get; set; }
    [Column("attempted_at")] public DateTimeOffset AttemptedAt { get; set; }
}
