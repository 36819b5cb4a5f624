using System.Globalization;
using AutoTrack.Oem.Hosting.Persistence.Rows;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using LinqToDB.Mapping;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>
/// Stores schedules in batches, one logical write per schedule. Unchanged hashes touch <c>checked_at</c>
/// only; changed ones are upserted with <c>INSERT ... ON CONFLICT ... RETURNING</c> and a compare-and-swap on
/// the previous hash (so concurrent refreshes neither duplicate nor lose an update), get an immutable
/// version, their services upserted by natural key (ids stay stable) and an outbox row. Many schedules go
/// in one round trip per statement kind.
/// </summary>
internal sealed class ScheduleWriter(OemDatabase database, TimeProvider time)
{
    // Keep well under PostgreSQL's 65,535 parameters per statement.
    private const int MaxParametersPerStatement = 20_000;

    public async Task<IReadOnlyList<WriteResult>> WriteAsync(IReadOnlyList<ScheduleWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return [];
        }

        var duplicate = writes.GroupBy(w => w.Vehicle.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"A batch holds {duplicate.Key} twice.", nameof(writes));
        }

        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var keys = writes.Select(w => w.Vehicle.Key).ToList();
        var current = (await db.GetTable<ScheduleRow>().Where(r => keys.Contains(r.VehicleKey)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.VehicleKey, StringComparer.Ordinal);
        var versionIds = current.Values.Where(r => r.CurrentVersionId is not null).Select(r => r.CurrentVersionId!.Value).ToList();
        var versions = (await database.JobTable<VersionRow>(db, "schedule_versions").Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(v => v.Id);

        var results = new List<WriteResult>();
        var unchanged = new List<ScheduleWrite>();
        var pending = new List<Pending>();
        foreach (var write in writes)
        {
            current.TryGetValue(write.Vehicle.Key, out var row);
            if (row is not null && row.ContentHash == write.Hash.Sha256)
            {
                unchanged.Add(write);
                continue;
            }

            VersionRow? previousVersion = row?.CurrentVersionId is { } id && versions.TryGetValue(id, out var v) ? v : null;
            var previous = previousVersion is null ? null : ScheduleSnapshot.Deserialize(previousVersion.Snapshot);
            var outcome = row is null ? WriteOutcome.Created
                : previousVersion is not null && previousVersion.SourceDocumentSha256 is not null
                  && previousVersion.SourceDocumentSha256 == write.DocumentSha256 && previousVersion.NormalizerVersion != write.Hash.NormalizerVersion
                    ? WriteOutcome.Reprocessed
                    : WriteOutcome.Changed;
            pending.Add(new Pending(write, row, outcome, ScheduleDiff.Compare(previous, write.Schedule), row?.Id ?? Guid.CreateVersion7(now), Guid.CreateVersion7(now)));
        }

        await using (var transaction = await db.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await TouchAsync(db, unchanged, now, cancellationToken).ConfigureAwait(false);
            var written = await UpsertSchedulesAsync(db, pending, now, cancellationToken).ConfigureAwait(false);
            var won = pending.Where(p => written.Contains(p.Write.Vehicle.Key)).ToList();
            await InsertVersionsAsync(db, won, now, cancellationToken).ConfigureAwait(false);
            await UpsertServicesAsync(db, won, now, cancellationToken).ConfigureAwait(false);
            await AppendChangeLogAsync(db, won, now, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            results.AddRange(unchanged.Select(w => new WriteResult(w, WriteOutcome.Unchanged, null)));
            results.AddRange(won.Select(p => new WriteResult(p.Write, p.Outcome, p.Diff)));
            foreach (var lost in pending.Where(p => !written.Contains(p.Write.Vehicle.Key)))
            {
                results.Add(await ResolveConflictAsync(db, lost, cancellationToken).ConfigureAwait(false));
            }
        }

        if (database.Kind == OemDatabaseKind.PostgreSql && results.Any(r => r.Outcome is WriteOutcome.Created or WriteOutcome.Changed or WriteOutcome.Reprocessed))
        {
            // A wake-up for listeners; the outbox (oem.change_log) is the source of truth.
            await db.ExecuteAsync("SELECT pg_notify('autotrack_oem_changes', (SELECT coalesce(max(id), 0)::text FROM oem.change_log))", cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>Marks vehicles as checked (their documents were not modified): checked_at only.</summary>
    public async Task TouchAsync(IReadOnlyCollection<VehicleDescriptor> vehicles, CancellationToken cancellationToken)
    {
        if (vehicles.Count == 0)
        {
            return;
        }

        await using var db = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await TouchKeysAsync(db, [.. vehicles.Select(v => v.Key)], time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private sealed record Pending(ScheduleWrite Write, ScheduleRow? Previous, WriteOutcome Outcome, ScheduleDiff Diff, Guid ScheduleId, Guid VersionId);

    private sealed class Returned
    {
        [Column("vehicle_key")]
        public string VehicleKey { get; set; } = string.Empty;
    }

    private static Task TouchAsync(DataConnection db, List<ScheduleWrite> unchanged, DateTimeOffset now, CancellationToken cancellationToken) =>
        TouchKeysAsync(db, [.. unchanged.Select(w => w.Vehicle.Key)], now, cancellationToken);

    private static async Task TouchKeysAsync(DataConnection db, List<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in keys.Chunk(MaxParametersPerStatement / 2))
        {
            var sql = new SqlBatch();
            var at = sql.P(now);
            sql.Sql($"UPDATE manufacturer_schedules SET checked_at = {at}, fetched_at = {at} WHERE vehicle_key IN (")
               .Sql(string.Join(", ", chunk.Select(k => sql.P(k))))
               .Sql(")");
            await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<HashSet<string>> UpsertSchedulesAsync(DataConnection db, List<Pending> pending, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in pending.Chunk(500))
        {
            var sql = new SqlBatch();
            sql.Sql("""
                INSERT INTO manufacturer_schedules (id, market, manufacturer, make, model, year, trim, vehicle_key, display_make, display_model,
                    display_trim, source_url, source_kind, content_hash, previous_hash, normalizer_version, current_version_id, service_count,
                    fetched_at, checked_at, changed_at, created_at)
                VALUES
                """);
            var first = true;
            foreach (var p in chunk)
            {
                var v = p.Write.Vehicle;
                sql.Sql(first ? "\n(" : ",\n(");
                first = false;
                sql.Sql(string.Join(", ",
                    sql.P(p.ScheduleId), sql.P(v.Market.ToString()), sql.P(v.ManufacturerKey), sql.P(v.MakeKey), sql.P(v.ModelKey), sql.P(v.Year),
                    sql.P(v.Trim.Key), sql.P(v.Key), sql.P(v.Make), sql.P(v.Model), sql.P(v.Trim.Name), sql.P(p.Write.SourceUrl?.ToString()),
                    sql.P(p.Write.SourceKind.ToString()), sql.P(p.Write.Hash.Sha256), sql.P(p.Previous?.ContentHash), sql.P(p.Write.Hash.NormalizerVersion),
                    sql.P(p.VersionId), sql.P(p.Write.Schedule.Services.Count), sql.P(now), sql.P(now), sql.P(now), sql.P(now)));
                sql.Sql(")");
            }

            sql.Sql("""

                ON CONFLICT (market, manufacturer, make, model, year, trim) DO UPDATE SET
                    display_make = excluded.display_make, display_model = excluded.display_model, display_trim = excluded.display_trim,
                    source_url = excluded.source_url, source_kind = excluded.source_kind, content_hash = excluded.content_hash,
                    previous_hash = excluded.previous_hash, normalizer_version = excluded.normalizer_version,
                    current_version_id = excluded.current_version_id, service_count = excluded.service_count,
                    fetched_at = excluded.fetched_at, checked_at = excluded.checked_at, changed_at = excluded.changed_at
                WHERE manufacturer_schedules.content_hash = excluded.previous_hash
                RETURNING vehicle_key
                """);
            foreach (var row in await sql.QueryAsync<Returned>(db, cancellationToken).ConfigureAwait(false))
            {
                written.Add(row.VehicleKey);
            }
        }

        return written;
    }

    private async Task InsertVersionsAsync(DataConnection db, List<Pending> won, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (won.Count == 0)
        {
            return;
        }

        var json = database.Kind == OemDatabaseKind.PostgreSql ? DataType.BinaryJson : DataType.NVarChar;
        foreach (var chunk in won.Chunk(1_000))
        {
            var close = new SqlBatch();
            close.Sql($"UPDATE {database.Job("schedule_versions")} SET valid_to = {close.P(now)} WHERE valid_to IS NULL AND schedule_id IN (")
                 .Sql(string.Join(", ", chunk.Select(p => close.P(p.ScheduleId))))
                 .Sql(")");
            await close.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);

            var insert = new SqlBatch();
            insert.Sql($"INSERT INTO {database.Job("schedule_versions")} (id, schedule_id, content_hash, normalizer_version, change_kind, snapshot, source_document_sha256, valid_from) VALUES ");
            insert.Sql(string.Join(",\n", chunk.Select(p => "(" + string.Join(", ",
                insert.P(p.VersionId), insert.P(p.ScheduleId), insert.P(p.Write.Hash.Sha256), insert.P(p.Write.Hash.NormalizerVersion),
                insert.P(KindCode(p.Outcome)), insert.P(ScheduleSnapshot.Serialize(p.Write.Schedule), json), insert.P(p.Write.DocumentSha256), insert.P(now)) + ")")));
            await insert.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task UpsertServicesAsync(DataConnection db, List<Pending> won, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var taxonomy = ServiceTaxonomy.Default;
        var rows = won.SelectMany(p => p.Write.Schedule.Services.Select(s => (Pending: p, Service: s))).ToList();
        const int columns = 29;
        foreach (var chunk in rows.Chunk(MaxParametersPerStatement / columns))
        {
            var sql = new SqlBatch();
            sql.Sql("""
                INSERT INTO manufacturer_services (id, schedule_id, natural_key, service_code, service_name, action, interval_miles, interval_months,
                    initial_miles, initial_months, monitor_kind, monitor_cap_miles, monitor_cap_months, tied_to_code, tied_to_every, conditions,
                    is_severe, engine, drivetrain, transmission, if_equipped, reminder_lead_miles, reminder_lead_days, safety_critical, source_url,
                    source_page, original_text, created_at, updated_at)
                VALUES
                """);
            sql.Sql(string.Join(",\n", chunk.Select(r =>
            {
                var s = r.Service;
                var name = taxonomy.TryGet(s.Code, out var definition) ? definition.DisplayName : s.Code;
                var provenance = s.Provenance.Count > 0 ? s.Provenance[0] : null;
                return "(" + string.Join(", ",
                    sql.P(Guid.CreateVersion7(now)), sql.P(r.Pending.ScheduleId), sql.P(s.NaturalKey), sql.P(s.Code), sql.P(name), sql.P(s.Action.Code()),
                    sql.P(s.Interval?.Miles), sql.P(s.Interval?.Months), sql.P(s.Initial?.Miles), sql.P(s.Initial?.Months), sql.P(s.Monitor?.Kind),
                    sql.P(s.Monitor?.Cap?.Miles), sql.P(s.Monitor?.Cap?.Months), sql.P(s.TiedTo?.Code), sql.P(s.TiedTo?.Every),
                    sql.P(string.Join(',', s.Conditions)), sql.P(s.IsSevere), sql.P(s.Applicability.Engine),
                    sql.P(s.Applicability.Drivetrain?.ToString()), sql.P(s.Applicability.Transmission?.ToString()), sql.P(s.Applicability.IfEquipped),
                    sql.P(s.ReminderLead?.Miles), sql.P(s.ReminderLead?.Days), sql.P(s.SafetyCritical), sql.P(r.Pending.Write.SourceUrl?.ToString()),
                    sql.P(provenance?.Location.Page), sql.P(provenance?.OriginalText), sql.P(now), sql.P(now)) + ")";
            })));
            sql.Sql("""

                ON CONFLICT (schedule_id, natural_key) DO UPDATE SET
                    service_name = excluded.service_name, interval_miles = excluded.interval_miles, interval_months = excluded.interval_months,
                    initial_miles = excluded.initial_miles, initial_months = excluded.initial_months, monitor_kind = excluded.monitor_kind,
                    monitor_cap_miles = excluded.monitor_cap_miles, monitor_cap_months = excluded.monitor_cap_months,
                    tied_to_code = excluded.tied_to_code, tied_to_every = excluded.tied_to_every,
                    reminder_lead_miles = excluded.reminder_lead_miles, reminder_lead_days = excluded.reminder_lead_days,
                    safety_critical = excluded.safety_critical, source_url = excluded.source_url, source_page = excluded.source_page,
                    original_text = excluded.original_text, updated_at = excluded.updated_at
                """);
            await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }

        // Services the new version no longer has are removed; the ones it kept keep their ids.
        foreach (var chunk in won.Chunk(200))
        {
            var sql = new SqlBatch();
            foreach (var p in chunk)
            {
                sql.Sql($"DELETE FROM manufacturer_services WHERE schedule_id = {sql.P(p.ScheduleId)}");
                if (p.Write.Schedule.Services.Count > 0)
                {
                    sql.Sql(" AND natural_key NOT IN (").Sql(string.Join(", ", p.Write.Schedule.Services.Select(s => sql.P(s.NaturalKey)))).Sql(")");
                }

                sql.Sql(";\n");
            }

            await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AppendChangeLogAsync(DataConnection db, List<Pending> won, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in won.Chunk(1_000))
        {
            var sql = new SqlBatch();
            sql.Sql($"INSERT INTO {database.Job("change_log")} (schedule_id, vehicle_key, change_kind, content_hash, previous_hash, safety_critical, summary, created_at) VALUES ");
            sql.Sql(string.Join(",\n", chunk.Select(p => "(" + string.Join(", ",
                sql.P(p.ScheduleId), sql.P(p.Write.Vehicle.Key), sql.P(KindCode(p.Outcome)), sql.P(p.Write.Hash.Sha256), sql.P(p.Previous?.ContentHash),
                sql.P(p.Outcome == WriteOutcome.Changed && p.Diff.HasSafetyCriticalChanges), sql.P(Summarize(p)), sql.P(now)) + ")")));
            await sql.ExecuteAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<WriteResult> ResolveConflictAsync(DataConnection db, Pending lost, CancellationToken cancellationToken)
    {
        var key = lost.Write.Vehicle.Key;
        var now = await db.GetTable<ScheduleRow>().Where(r => r.VehicleKey == key).Select(r => r.ContentHash).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

        // A concurrent refresh already stored exactly this schedule: nothing is lost, nothing to do.
        return now == lost.Write.Hash.Sha256
            ? new WriteResult(lost.Write, WriteOutcome.Unchanged, null)
            : new WriteResult(lost.Write, WriteOutcome.Conflict, lost.Diff);
    }

    private static string Summarize(Pending p) => p.Outcome switch
    {
        WriteOutcome.Created => string.Create(CultureInfo.InvariantCulture, $"created with {p.Write.Schedule.Services.Count} services"),
        WriteOutcome.Reprocessed => "reprocessed by normalizer " + p.Write.Hash.NormalizerVersion,
        _ => string.Create(CultureInfo.InvariantCulture, $"{p.Diff.Added.Count()} added, {p.Diff.Removed.Count()} removed, {p.Diff.Changed.Count()} changed"),
    };

    internal static string KindCode(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Created => "created",
        WriteOutcome.Changed => "changed",
        WriteOutcome.Reprocessed => "reprocessed",
        WriteOutcome.Unchanged => "unchanged",
        _ => "conflict",
    };
}
