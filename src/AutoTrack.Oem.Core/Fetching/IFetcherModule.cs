using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem;

/// <summary>
/// Lets a fetcher package register what its fetchers need (options, typed HttpClients) when a host discovers the
/// package by assembly scanning rather than calling its registration method. Implementations need a public
/// parameterless constructor; each module type is applied once per service collection.
/// </summary>
public interface IFetcherModule
{
    /// <summary>Registers the package's fetchers and their dependencies.</summary>
    void ConfigureServices(IServiceCollection services);
}
