namespace AutoTrack.Oem;

/// <summary>Codes of the onboard monitors a service can be driven by.</summary>
public static class MonitorKinds
{
    /// <summary>Honda / Acura Maintenance Minder (codes A, B and sub-codes 1-7).</summary>
    public const string MaintenanceMinder = "maintenance_minder";

    /// <summary>An oil-life monitor (GM Oil Life System, Ford Intelligent Oil-Life Monitor, and the like).</summary>
    public const string OilLifeMonitor = "oil_life_monitor";

    /// <summary>BMW / MINI Condition Based Service.</summary>
    public const string ConditionBasedService = "condition_based_service";

    /// <summary>Mercedes-Benz Flexible Service (ASSYST).</summary>
    public const string FlexibleService = "flexible_service";

    /// <summary>Any other service indicator or message ("when the service indicator comes on").</summary>
    public const string ServiceIndicator = "service_indicator";
}
