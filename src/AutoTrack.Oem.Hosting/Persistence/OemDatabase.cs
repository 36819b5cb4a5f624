using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider.PostgreSQL;
using LinqToDB.DataProvider.SQLite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>Opens connections to the configured database and applies the migrations once per process.</summary>
internal sealed class OemDatabase : IDisposable
{
    private readonly OemStorageOptions _options;
    private readonly ILogger<OemDatabase> _logger;
    private readonly DataOptions _dataOptions;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public OemDatabase(IOptions<OemStorageOptions> options, ILogger<OemDatabase> logger)
    {
        _options = options.Value;
        _logger = logger;
        var connectionString = _options.ConnectionString
            ?? throw new InvalidOperationException("AutoTrack.Oem storage has no connection string: call UsePostgres or UseSqlite on the builder.");
        _dataOptions = Kind == OemDatabaseKind.PostgreSql
            ? new DataOptions().UsePostgreSQL(connectionString, PostgreSQLVersion.v15)
            : new DataOptions().UseSQLite(connectionString, SQLiteProvider.Microsoft);
    }

    public OemDatabaseKind Kind => _options.Kind;

    /// <summary>A job table's qualified name: "oem.x" on PostgreSQL, "oem_x" on SQLite.</summary>
    public string Job(string table) => Kind == OemDatabaseKind.PostgreSql ? "oem." + table : "oem_" + table;

    /// <summary>A mapped job table with the provider's name for it.</summary>
    public ITable<T> JobTable<T>(DataConnection connection, string table)
        where T : class =>
        Kind == OemDatabaseKind.PostgreSql
            ? connection.GetTable<T>().SchemaName("oem").TableName(table)
            : connection.GetTable<T>().TableName("oem_" + table);

    /// <summary>Opens a connection, applying the migrations first if this process has not yet done so.</summary>
    public async Task<DataConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated || !_options.ApplyMigrations)
        {
            return;
        }

        await _migrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            await using var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
            var applied = await Migrator.ApplyAsync(connection, Kind, cancellationToken).ConfigureAwait(false);
            if (applied.Count > 0)
            {
                Log.MigrationsApplied(_logger, string.Join(", ", applied), Kind);
            }

            _migrated = true;
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    public void Dispose() => _migrationGate.Dispose();

    private async Task<DataConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new DataConnection(_dataOptions);
        if (Kind == OemDatabaseKind.Sqlite)
        {
            await connection.ExecuteAsync("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;", cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }
}
