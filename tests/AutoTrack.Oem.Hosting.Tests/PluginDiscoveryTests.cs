using AutoTrack.Oem.Hosting.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Hosting.Tests;

public sealed class PluginDiscoveryTests : IAsyncLifetime, IDisposable
{
    private static readonly string PluginFolder = Path.Combine(AppContext.BaseDirectory, "plugins");
    private readonly SqliteStorage _storage = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    public void Dispose() => _storage.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Fact]
    public async Task A_third_party_plugin_in_a_folder_is_discovered_by_scanning_and_runs()
    {
        Assert.DoesNotContain(typeof(PluginDiscoveryTests).Assembly.GetReferencedAssemblies(), a => a.Name == "AutoTrack.Oem.SamplePlugin");
        var services = new ServiceCollection();
        var builder = services.AddOemScheduleAggregation();
        _storage.Use(builder);
        builder.AddFetchersFromFolder(PluginFolder);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var pipeline = provider.GetRequiredService<ScheduleAggregationPipeline>();
        var roadster = VehicleDescriptor.Create(2024, "Acme", "Roadster") with { Trim = TrimSelector.All };
        await provider.GetRequiredService<IVehicleCatalog>().AddAsync([roadster]);

        var summary = await pipeline.RunAsync(PipelineRunOptions.Everything);

        var plugin = Assert.Single(pipeline.Fetchers);
        Assert.Equal("acme-sample-plugin", plugin.Metadata.Name);
        Assert.Equal("Acme.AutoTrackPlugin.AcmeMotorsFetcher", plugin.GetType().FullName);
        Assert.Equal(1, summary.New);
        var stored = await provider.GetRequiredService<IScheduleLookup>().FindAsync(roadster);
        Assert.Contains(stored!.Services, s => s.Service.Code == ServiceCodes.OilChange && s.Service.Interval == new ServiceInterval(7_500, 12));
    }

    [Fact]
    public void Scanning_twice_registers_each_fetcher_and_module_once()
    {
        var services = new ServiceCollection();
        services.AddOemScheduleAggregation().UseSqlite("unused.db").AddFetchersFromFolder(PluginFolder).AddFetchersFromFolder(PluginFolder);

        Assert.Single(services, d => d.ServiceType == typeof(MaintenanceFetcher));
        Assert.Single(services, d => d.ServiceType == typeof(IFetcherModule));
    }

    [Fact]
    public void Scanning_by_name_prefix_finds_loaded_plugin_assemblies_and_nothing_else()
    {
        System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.Combine(PluginFolder, "AutoTrack.Oem.SamplePlugin.dll"));
        var services = new ServiceCollection();
        services.AddOemScheduleAggregation().UseSqlite("unused.db").AddFetchersFromAssembliesMatching("AutoTrack.Oem.SamplePlugin");
        var none = new ServiceCollection();
        none.AddOemScheduleAggregation().UseSqlite("unused.db").AddFetchersFromAssembliesMatching("Nobody.Ships.This");

        Assert.Equal("AcmeMotorsFetcher", Assert.Single(services, d => d.ServiceType == typeof(MaintenanceFetcher)).ImplementationType!.Name);
        Assert.DoesNotContain(none, d => d.ServiceType == typeof(MaintenanceFetcher));
    }

    [Fact]
    public void A_missing_plugin_folder_is_a_clear_error()
    {
        var builder = new ServiceCollection().AddOemScheduleAggregation();

        var error = Assert.Throws<DirectoryNotFoundException>(() => builder.AddFetchersFromFolder("/no/such/plugins"));

        Assert.Contains("/no/such/plugins", error.Message, StringComparison.Ordinal);
    }
}
