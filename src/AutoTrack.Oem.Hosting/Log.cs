using Microsoft.Extensions.Logging;

namespace AutoTrack.Oem.Hosting;

/// <summary>Every log message of the hosting package, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "AutoTrack.Oem applied migrations {Migrations} to {Database}")]
    public static partial void MigrationsApplied(ILogger logger, string migrations, OemDatabaseKind database);

    [LoggerMessage(1100, LogLevel.Information, "Run {RunId} started: {Vehicles} vehicles due")]
    public static partial void RunStarted(ILogger logger, Guid runId, int vehicles);

    [LoggerMessage(1101, LogLevel.Information, "Run {RunId} finished: {Summary}")]
    public static partial void RunFinished(ILogger logger, Guid runId, string summary);

    [LoggerMessage(1110, LogLevel.Warning, "Fetch of {Vehicle} by {Fetcher} ended {Outcome}: {Reason}")]
    public static partial void FetchFailed(ILogger logger, string vehicle, string fetcher, string outcome, string? reason);

    [LoggerMessage(1111, LogLevel.Error, "Fetcher {Fetcher} threw for {Vehicle}")]
    public static partial void FetcherThrew(ILogger logger, Exception exception, string fetcher, string vehicle);

    [LoggerMessage(1120, LogLevel.Warning, "Schedule for {Vehicle} quarantined: {Reasons}")]
    public static partial void Quarantined(ILogger logger, string vehicle, string reasons);

    [LoggerMessage(1130, LogLevel.Warning, "Schedule for {Vehicle} changed concurrently; its write was skipped and will be retried next run")]
    public static partial void WriteConflict(ILogger logger, string vehicle);

    [LoggerMessage(1140, LogLevel.Warning, "Safety-critical change for {Vehicle}: {Changes}")]
    public static partial void SafetyCriticalChange(ILogger logger, string vehicle, string changes);
}
