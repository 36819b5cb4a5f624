using Npgsql;

namespace AutoTrack.Oem.Hosting.Tests.Storage;

/// <summary>A fresh database on the real PostgreSQL server named by AUTOTRACK_TEST_POSTGRES (build/test.sh starts one).</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "AUTOTRACK_TEST_POSTGRES";

    private readonly string _admin;

    private PostgresDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./build/test.sh (it starts a throwaway PostgreSQL server), " +
                $"or export {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=postgres\".");

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var admin = AdminConnectionString;
        var name = "oem_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 40 };
        return new PostgresDatabase(admin, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
