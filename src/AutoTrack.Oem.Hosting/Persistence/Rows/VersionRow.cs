using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence.Rows;

[Table("schedule_versions")]
internal sealed class VersionRow
{
    [Column("id"), PrimaryKey] public Guid Id { get; set; }
    [Column("schedule_id")] public Guid ScheduleId { get; set; }
    [Column("content_hash")] public string ContentHash { get; set; } = string.Empty;
    [Column("normalizer_version")] public string NormalizerVersion { get; set; } = string.Empty;
    [Column("change_kind")] public string ChangeKind { get; set; } = string.Empty;
    [Column("snapshot")] public string Snapshot { get; set; } = string.Empty;
    [Column("source_document_sha256")] public string? SourceDocumentSha256 { get; set; }
    [Column("valid_from")] public DateTimeOffset ValidFrom { get; set; }
    [Column("valid_to")] public DateTimeOffset? ValidTo { get; set; }
}
