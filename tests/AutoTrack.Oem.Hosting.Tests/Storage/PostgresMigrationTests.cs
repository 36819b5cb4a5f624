using AutoTrack.Oem.Hosting.Persistence;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Hosting.Tests.Storage;

public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Many_nodes_starting_at_once_apply_each_migration_exactly_once()
    {
        await using var storage = await PostgresStorage.CreateAsync();
        var nodes = Enumerable.Range(0, 6).Select(_ =>
        {
            var services = new ServiceCollection();
            storage.Use(services.AddOemScheduleAggregation());
            return services.BuildServiceProvider();
        }).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(n => Task.Run(() => n.GetRequiredService<OemDatabase>().EnsureMigratedAsync(default))));

            var database = nodes[0].GetRequiredService<OemDatabase>();
            await using var db = await database.OpenAsync(default);
            Assert.Equal(Migrator.Scripts(OemDatabaseKind.PostgreSql).Select(m => m.Version),
                (await db.QueryToListAsync<string>("SELECT version FROM oem.schema_migrations")).Order(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_exported_script_builds_the_same_schema_on_an_empty_database()
    {
        await using var storage = await PostgresStorage.CreateAsync();
        var script = OemSchema.Script(OemDatabaseKind.PostgreSql);
        await using (var connection = new Npgsql.NpgsqlConnection(storage.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(script + script, connection);
            await command.ExecuteNonQueryAsync();
        }

        var services = new ServiceCollection();
        storage.Use(services.AddOemScheduleAggregation());
        await using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<ScheduleWriter>().WriteAsync([StorageContractTests.Write(StorageContractTests.Camry)], default);
        Assert.Equal(WriteOutcome.Created, Assert.Single(result).Outcome);
    }
}
