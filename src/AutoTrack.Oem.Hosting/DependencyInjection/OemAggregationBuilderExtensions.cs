using AutoTrack.Oem;
using AutoTrack.Oem.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Choices made on the <see cref="IOemAggregationBuilder"/>.</summary>
public static class OemAggregationBuilderExtensions
{
    /// <summary>Stores schedules in PostgreSQL (the seed's public tables plus the job's "oem" schema).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="connectionString">An Npgsql connection string ("Host=...;Database=...;Username=...").</param>
    public static IOemAggregationBuilder UsePostgres(this IOemAggregationBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.Configure<OemStorageOptions>(o =>
        {
            o.Kind = OemDatabaseKind.PostgreSql;
            o.ConnectionString = connectionString;
        });
        return builder;
    }

    /// <summary>Stores schedules in an embedded SQLite file (single node).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="pathOrConnectionString">A file path ("schedules.db") or a connection string ("Data Source=...").</param>
    public static IOemAggregationBuilder UseSqlite(this IOemAggregationBuilder builder, string pathOrConnectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        var connectionString = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? pathOrConnectionString
            : $"Data Source={pathOrConnectionString};Foreign Keys=True;Default Timeout=60";
        builder.Services.Configure<OemStorageOptions>(o =>
        {
            o.Kind = OemDatabaseKind.Sqlite;
            o.ConnectionString = connectionString;
        });
        return builder;
    }

    /// <summary>Adjusts storage settings (for example, turning off <see cref="OemStorageOptions.ApplyMigrations"/>).</summary>
    public static IOemAggregationBuilder ConfigureStorage(this IOemAggregationBuilder builder, Action<OemStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Registers a fetcher explicitly (visible to readers and trimming, unlike scanning). Registering the
    /// same type twice has no effect.</summary>
    public static IOemAggregationBuilder AddFetcher<TFetcher>(this IOemAggregationBuilder builder)
        where TFetcher : MaintenanceFetcher
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MaintenanceFetcher, TFetcher>());
        return builder;
    }
}
