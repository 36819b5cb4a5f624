using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Hosting.Tests.Storage;

/// <summary>A real database of one kind, fresh for each test class, and a way to point the builder at it.</summary>
public abstract class StorageUnderTest : IAsyncDisposable
{
    public abstract OemDatabaseKind Kind { get; }

    public abstract string ConnectionString { get; }

    public abstract void Use(IOemAggregationBuilder builder);

    public abstract ValueTask DisposeAsync();
}

public sealed class PostgresStorage : StorageUnderTest
{
    private PostgresDatabase? _database;

    public override OemDatabaseKind Kind => OemDatabaseKind.PostgreSql;

    public override string ConnectionString => _database!.ConnectionString;

    public static async Task<PostgresStorage> CreateAsync() => new() { _database = await PostgresDatabase.CreateAsync() };

    public override void Use(IOemAggregationBuilder builder) => builder.UsePostgres(ConnectionString);

    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteStorage : StorageUnderTest
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"oem-test-{Guid.NewGuid():N}.db");

    public override OemDatabaseKind Kind => OemDatabaseKind.Sqlite;

    public override string ConnectionString => $"Data Source={_path};Foreign Keys=True;Default Timeout=60";

    public override void Use(IOemAggregationBuilder builder) => builder.UseSqlite(_path);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
