using AutoTrack.Oem.Hosting.Persistence;

namespace AutoTrack.Oem.Hosting;

/// <summary>The database schema as one SQL script, for teams that manage their schema themselves
/// (set <see cref="OemStorageOptions.ApplyMigrations"/> to false and apply this instead).</summary>
public static class OemSchema
{
    /// <summary>Every embedded migration for a database kind, in order, as one idempotent script.</summary>
    public static string Script(OemDatabaseKind kind) => Migrator.ExportScript(kind);
}
