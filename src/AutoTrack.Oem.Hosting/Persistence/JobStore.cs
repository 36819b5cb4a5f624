using System.Text.Json;
using AutoTrack.Oem.Hosting.Persistence.Rows;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>The job's own records: raw documents (content-addressed), fetch attempts, quarantine, runs,
/// and the published versions the validator compares against.</summary>
internal sealed class JobStore(OemDatabase database, TimeProvider time)
{
    /// <summary>Stores a document's bytes under their SHA-256 (once) and its validators under its URL.</summary>
    public async Task StoreDocumentAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var sql = new SqlBatch();
        sql.Sql($"INSERT INTO {database.Job("document_bodies")} (sha256, media_type, size_bytes, content, stored_at) VALUES (")
           .Sql(string.Join(", ", sql.P(document.Sha256), sql.P(document.MediaType), sql.P(document.Content.Length), sql.P(document.Content.ToArray(), DataType.VarBinary), sql.P(now)))
           .Sql(") ON CONFLICT (sha256) DO NOTHING;\n");
        sql.Sql($"INSERT INTO {database.Job("source_documents")} (url, etag, last_modified, content_sha256, media_type, fetched_at, changed_at) VALUES (")
           .Sql(string.Join(", ", sql.P(document.Url.ToString()), sql.P(document.ETag), sql.P(document.LastModified), sql.P(document.Sha256), sql.P(document.MediaType), sql.P(now), sql.P(now)))
           .Sql($") ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, media_type = excluded.media_type, fetched_at = excluded.fetched_at, ")
           .Sql($"changed_at = CASE WHEN {database.Job("source_documents")}.content_sha256 = excluded.content_sha256 THEN {database.Job("source_documents")}.changed_at ELSE excluded.changed_at END, ")
           .Sql("content_sha256 = excluded.content_sha256");
        await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored bytes of a document, by content hash.</summary>
    public async Task<byte[]?> ReadDocumentAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = new SqlBatch();
        sql.Sql($"SELECT content FROM {database.Job("document_bodies")} WHERE sha256 = {sql.P(sha256)}");
        return (await sql.QueryAsync<byte[]>(db, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    public async Task RecordAttemptsAsync(IReadOnlyCollection<FetchAttemptRow> attempts, CancellationToken cancellationToken)
    {
        if (attempts.Count == 0)
        {
            return;
        }

        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await database.JobTable<FetchAttemptRow>(db, "fetch_attempts").BulkCopyAsync(attempts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Holds a schedule for review. The same content for the same vehicle is quarantined once.</summary>
    public async Task<bool> QuarantineAsync(VehicleDescriptor vehicle, NormalizedSchedule schedule, ScheduleHash hash, ValidationResult verdict,
        Uri? sourceUrl, string? documentSha256, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = new SqlBatch();
        var json = database.Kind == OemDatabaseKind.PostgreSql ? DataType.BinaryJson : DataType.NVarChar;
        sql.Sql($"INSERT INTO {database.Job("quarantine")} (id, vehicle_key, content_hash, normalizer_version, reasons, snapshot, source_url, source_document_sha256, status, created_at) VALUES (")
           .Sql(string.Join(", ", sql.P(Guid.CreateVersion7(time.GetUtcNow())), sql.P(vehicle.Key), sql.P(hash.Sha256), sql.P(hash.NormalizerVersion),
                sql.P(verdict.Reasons), sql.P(ScheduleSnapshot.Serialize(schedule), json), sql.P(sourceUrl?.ToString()), sql.P(documentSha256),
                sql.P("pending"), sql.P(time.GetUtcNow())))
           .Sql(") ON CONFLICT (vehicle_key, content_hash) DO NOTHING");
        return await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>The currently published schedule of each vehicle that has one.</summary>
    public async Task<IReadOnlyDictionary<string, NormalizedSchedule>> LoadPublishedAsync(IReadOnlyCollection<string> vehicleKeys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, NormalizedSchedule>(StringComparer.Ordinal);
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in vehicleKeys.Chunk(1_000))
        {
            var keys = chunk.ToList();
            var current = await db.GetTable<ScheduleRow>().Where(r => keys.Contains(r.VehicleKey) && r.CurrentVersionId != null)
                .Select(r => new { r.VehicleKey, r.CurrentVersionId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var ids = current.Select(c => c.CurrentVersionId!.Value).ToList();
            var versions = await database.JobTable<VersionRow>(db, "schedule_versions").Where(v => ids.Contains(v.Id))
                .ToDictionaryAsync(v => v.Id, cancellationToken).ConfigureAwait(false);
            foreach (var c in current)
            {
                if (versions.TryGetValue(c.CurrentVersionId!.Value, out var version))
                {
                    result[c.VehicleKey] = ScheduleSnapshot.Deserialize(version.Snapshot);
                }
            }
        }

        return result;
    }

    /// <summary>Validators of stored documents, for conditional requests.</summary>
    public async Task<IReadOnlyDictionary<string, DocumentValidators>> GetValidatorsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, DocumentValidators>(StringComparer.Ordinal);
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in urls.Chunk(1_000))
        {
            var sql = new SqlBatch();
            sql.Sql($"SELECT url, etag, last_modified, content_sha256 FROM {database.Job("source_documents")} WHERE url IN (")
               .Sql(string.Join(", ", chunk.Select(u => sql.P(u)))).Sql(")");
            foreach (var row in await sql.QueryAsync<ValidatorRow>(db, cancellationToken).ConfigureAwait(false))
            {
                result[row.Url] = new DocumentValidators(row.ETag, row.LastModified, row.ContentSha256);
            }
        }

        return result;
    }

    /// <summary>For each vehicle with a published schedule: when it was last checked and which document it was read from.</summary>
    public async Task<IReadOnlyDictionary<string, PublishedState>> GetPublishedStateAsync(IReadOnlyCollection<string> vehicleKeys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, PublishedState>(StringComparer.Ordinal);
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in vehicleKeys.Chunk(1_000))
        {
            var keys = chunk.ToList();
            var rows = await db.GetTable<ScheduleRow>().Where(r => keys.Contains(r.VehicleKey))
                .Select(r => new { r.VehicleKey, r.CheckedAt, r.CurrentVersionId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var ids = rows.Where(r => r.CurrentVersionId != null).Select(r => r.CurrentVersionId!.Value).ToList();
            var documents = await database.JobTable<VersionRow>(db, "schedule_versions").Where(v => ids.Contains(v.Id))
                .ToDictionaryAsync(v => v.Id, v => v.SourceDocumentSha256, cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var document = row.CurrentVersionId is { } id && documents.TryGetValue(id, out var sha) ? sha : null;
                result[row.VehicleKey] = new PublishedState(row.CheckedAt, document);
            }
        }

        return result;
    }

    public async Task RecordRunAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = new SqlBatch();
        var json = database.Kind == OemDatabaseKind.PostgreSql ? DataType.BinaryJson : DataType.NVarChar;
        sql.Sql($"INSERT INTO {database.Job("job_runs")} (id, started_at, finished_at, summary) VALUES (")
           .Sql(string.Join(", ", sql.P(summary.RunId), sql.P(summary.StartedAt), sql.P(summary.StartedAt + summary.Duration),
                sql.P(JsonSerializer.Serialize(summary.ToRecord()), json)))
           .Sql(")");
        await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
    }

    private sealed class ValidatorRow
    {
        [LinqToDB.Mapping.Column("url")] public string Url { get; set; } = string.Empty;
        [LinqToDB.Mapping.Column("etag")] public string? ETag { get; set; }
        [LinqToDB.Mapping.Column("last_modified")] public DateTimeOffset? LastModified { get; set; }
        [LinqToDB.Mapping.Column("content_sha256")] public string? ContentSha256 { get; set; }
    }

    internal async Task<DataConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken).ConfigureAwait(false);
}
