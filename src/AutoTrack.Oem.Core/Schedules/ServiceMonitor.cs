namespace AutoTrack.Oem;

/// <summary>
/// An onboard monitor that decides when a service is due (Honda Maintenance Minder, GM Oil Life System, Ford
/// Intelligent Oil-Life Monitor, BMW Condition Based Service, Mercedes Flexible Service). A monitor-driven
/// service has no fixed interval; the <see cref="Cap"/>, when the manufacturer states one ("but not to exceed
/// 1 year or 10,000 miles"), is its reminder default.
/// </summary>
/// <param name="Kind">One of the <see cref="MonitorKinds"/> codes.</param>
/// <param name="Cap">The stated upper bound, if any.</param>
public sealed record ServiceMonitor(string Kind, ServiceInterval? Cap);
