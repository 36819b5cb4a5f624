using System.ComponentModel.DataAnnotations;

namespace AutoTrack.Oem.Hosting;

/// <summary>Storage settings, chosen with <c>UsePostgres</c> or <c>UseSqlite</c> on the builder.</summary>
public sealed class OemStorageOptions
{
    /// <summary>The database kind.</summary>
    public OemDatabaseKind Kind { get; set; } = OemDatabaseKind.Sqlite;

    /// <summary>The ADO.NET connection string ("Host=...;Database=..." or "Data Source=schedules.db").</summary>
    [Required(ErrorMessage = "AutoTrack.Oem needs storage: call UsePostgres(connectionString) or UseSqlite(path) on the builder.")]
    public string? ConnectionString { get; set; }

    /// <summary>Apply the embedded migrations when the store is first used (default true). Teams that manage
    /// their schema themselves turn this off and apply <see cref="OemSchema.Script"/> on their own.</summary>
    public bool ApplyMigrations { get; set; } = true;
}
