using AutoTrack.Oem.Hosting.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AutoTrack.Oem.Hosting.Tests.Storage;

/// <summary>Row-level security on the public tables: the app's roles read, only the job writes.</summary>
public sealed class PostgresSecurityTests : IAsyncLifetime
{
    private PostgresStorage? _storage;
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        _storage = await PostgresStorage.CreateAsync();
        var services = new ServiceCollection();
        _storage.Use(services.AddOemScheduleAggregation());
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services!.DisposeAsync();
        await _storage!.DisposeAsync();
    }

    [Fact]
    public async Task Public_tables_have_row_level_security_and_app_roles_can_read_but_not_write()
    {
        await _services!.GetRequiredService<ScheduleWriter>().WriteAsync([StorageContractTests.Write(StorageContractTests.Camry)], default);
        var appUser = "oem_app_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(_storage!.ConnectionString))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE ROLE {appUser} LOGIN PASSWORD 'app-pass' IN ROLE oem_reader", admin);
            await command.ExecuteNonQueryAsync();
            await using var rls = new NpgsqlCommand("SELECT bool_and(relrowsecurity) FROM pg_class WHERE relname IN ('manufacturer_schedules', 'manufacturer_services')", admin);
            Assert.True((bool)(await rls.ExecuteScalarAsync())!);
        }

        try
        {
            var asApp = new NpgsqlConnectionStringBuilder(_storage.ConnectionString) { Username = appUser, Password = "app-pass", Pooling = false }.ConnectionString;
            await using var app = new NpgsqlConnection(asApp);
            await app.OpenAsync();
            await using (var read = new NpgsqlCommand("SELECT count(*) FROM manufacturer_services", app))
            {
                Assert.True((long)(await read.ExecuteScalarAsync())! > 0);
            }

            await using var write = new NpgsqlCommand("UPDATE manufacturer_schedules SET content_hash = 'tampered'", app);
            var denied = await Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
        }
        finally
        {
            await using var admin = new NpgsqlConnection(_storage.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP OWNED BY {appUser}; DROP ROLE {appUser}", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
