namespace AutoTrack.Oem.Hosting;

/// <summary>Where schedules are stored.</summary>
public enum OemDatabaseKind
{
    /// <summary>PostgreSQL (many nodes, AutoTrack's own database).</summary>
    PostgreSql,

    /// <summary>An embedded SQLite file (single node, the default for the console host).</summary>
    Sqlite,
}
