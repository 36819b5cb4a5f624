using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Hosting;

/// <summary>Returned by <c>AddOemScheduleAggregation</c>: storage, fetchers and (later) scheduling, alerts and
/// observability are chosen on it.</summary>
public interface IOemAggregationBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}
