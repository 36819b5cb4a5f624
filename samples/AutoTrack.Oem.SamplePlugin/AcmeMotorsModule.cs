using AutoTrack.Oem;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Acme.AutoTrackPlugin;

/// <summary>Registers what <see cref="AcmeMotorsFetcher"/> needs when a host discovers this plugin by scanning.</summary>
public sealed class AcmeMotorsModule : IFetcherModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services) => services.TryAddSingleton(TimeProvider.System);
}
