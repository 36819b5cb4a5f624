using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("quarantine")]
internal sealed class QuarantineRow
{
    [Column("id"), PrimaryKey] public Guid Id { get; set; }
    [Column("vehicle_key")] public string VehicleKey { get; set; } = string.Empty;
    [Column("content_hash")] public string ContentHash { get; set; } = string.Empty;
    [Column("normalizer_version")] public string NormalizerVersion { get; set; } = string.Empty;
    [Column("reasons")] public string Reasons { get; set; } = string.Empty;
    [Column("snapshot")] public string Snapshot { get; set; } = string.Empty;
    [Column("source_url")] public string? SourceUrl { get; set; }
    [Column("source_document_sha256")] public string? SourceDocumentSha256 { get; set; }
    [Column("status")] public string Status { get; set; } = "pending";
    [Column("created_at")] public DateTimeOffset CreatedAt { get; set; }
}
