using System.Reflection;
using System.Text;
using LinqToDB.Data;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>
/// Plain SQL migrations embedded in this assembly (Persistence/Migrations/{postgres,sqlite}/NNNN_name.sql),
/// applied in order and recorded in a migrations table. On PostgreSQL they run under an advisory lock, so
/// many workers starting at once apply each migration exactly once.
/// </summary>
internal static class Migrator
{
    // pg_advisory_lock key: an arbitrary constant that names "AutoTrack.Oem migrations".
    private const long AdvisoryLockKey = 0x4f454d4d4947;

    public static IReadOnlyList<(string Version, string Sql)> Scripts(OemDatabaseKind kind)
    {
        var folder = kind == OemDatabaseKind.PostgreSql ? ".Migrations.postgres." : ".Migrations.sqlite.";
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Version: n[(n.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..^4], Sql: Read(assembly, n)))
            .ToList();
    }

    /// <summary>Every migration as one script, with the bookkeeping that marks them applied.</summary>
    public static string ExportScript(OemDatabaseKind kind)
    {
        var table = MigrationsTable(kind);
        var sb = new StringBuilder();
        sb.Append("-- AutoTrack.Oem schema for ").Append(kind).Append(", generated from the embedded migrations.\n");
        sb.Append(CreateMigrationsTable(kind)).Append('\n');
        foreach (var (version, sql) in Scripts(kind))
        {
            sb.Append("\n-- migration ").Append(version).Append('\n').Append(sql.TrimEnd()).Append('\n');
            sb.Append("INSERT INTO ").Append(table).Append(" (version) VALUES ('").Append(version).Append("') ON CONFLICT DO NOTHING;\n");
        }

        return sb.ToString();
    }

    public static async Task<IReadOnlyList<string>> ApplyAsync(DataConnection connection, OemDatabaseKind kind, CancellationToken cancellationToken)
    {
        return kind == OemDatabaseKind.PostgreSql
            ? await ApplyPostgresAsync(connection, cancellationToken).ConfigureAwait(false)
            : await ApplySqliteAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    // Session advisory lock: other nodes wait here until this one has applied everything.
    private static async Task<IReadOnlyList<string>> ApplyPostgresAsync(DataConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync($"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(CreateMigrationsTable(OemDatabaseKind.PostgreSql), cancellationToken).ConfigureAwait(false);
            var applied = new List<string>();
            foreach (var (version, sql) in await PendingAsync(connection, OemDatabaseKind.PostgreSql, cancellationToken).ConfigureAwait(false))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await connection.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
                await RecordAsync(connection, OemDatabaseKind.PostgreSql, version, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied.Add(version);
            }

            return applied;
        }
        finally
        {
            await connection.ExecuteAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    // BEGIN IMMEDIATE takes SQLite's write lock first, so concurrent openers serialise on it.
    private static async Task<IReadOnlyList<string>> ApplySqliteAsync(DataConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("BEGIN IMMEDIATE", cancellationToken).ConfigureAwait(false);
        var applied = new List<string>();
        try
        {
            await connection.ExecuteAsync(CreateMigrationsTable(OemDatabaseKind.Sqlite), cancellationToken).ConfigureAwait(false);
            foreach (var (version, sql) in await PendingAsync(connection, OemDatabaseKind.Sqlite, cancellationToken).ConfigureAwait(false))
            {
                await connection.ExecuteAsync(sql, cancellationToken).ConfigureAwait(false);
                await RecordAsync(connection, OemDatabaseKind.Sqlite, version, cancellationToken).ConfigureAwait(false);
                applied.Add(version);
            }

            await connection.ExecuteAsync("COMMIT", cancellationToken).ConfigureAwait(false);
            return applied;
        }
        catch
        {
            await connection.ExecuteAsync("ROLLBACK", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<List<(string Version, string Sql)>> PendingAsync(DataConnection connection, OemDatabaseKind kind, CancellationToken cancellationToken)
    {
        var done = (await connection.QueryToListAsync<string>($"SELECT version FROM {MigrationsTable(kind)}", cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        return [.. Scripts(kind).Where(s => !done.Contains(s.Version))];
    }

    private static Task<int> RecordAsync(DataConnection connection, OemDatabaseKind kind, string version, CancellationToken cancellationToken) =>
        connection.ExecuteAsync($"INSERT INTO {MigrationsTable(kind)} (version, applied_at) VALUES (@version, @at)", cancellationToken,
            new DataParameter("version", version), new DataParameter("at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));

    private static string MigrationsTable(OemDatabaseKind kind) => kind == OemDatabaseKind.PostgreSql ? "oem.schema_migrations" : "oem_schema_migrations";

    private static string CreateMigrationsTable(OemDatabaseKind kind) => kind == OemDatabaseKind.PostgreSql
        ? "CREATE SCHEMA IF NOT EXISTS oem; CREATE TABLE IF NOT EXISTS oem.schema_migrations (version text PRIMARY KEY, applied_at text NOT NULL DEFAULT now()::text);"
        : "CREATE TABLE IF NOT EXISTS oem_schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);";

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
