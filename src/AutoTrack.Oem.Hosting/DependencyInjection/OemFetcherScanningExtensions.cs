using System.Reflection;
using System.Runtime.Loader;
using AutoTrack.Oem;
using AutoTrack.Oem.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Discovers fetcher packages by assembly scanning (Scrutor): every public, non-abstract
/// <see cref="MaintenanceFetcher"/> becomes a registered fetcher, and every <see cref="IFetcherModule"/> registers
/// what its fetchers need. Scanning is invisible to trimming and to readers; <c>AddFetcher&lt;T&gt;()</c> is the
/// explicit alternative. Scanning the same assembly twice registers nothing twice.
/// </summary>
public static class OemFetcherScanningExtensions
{
    /// <summary>Scans the given assemblies.</summary>
    public static IOemAggregationBuilder AddFetchersFromAssemblies(this IOemAggregationBuilder builder, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assemblies);
        var found = new ServiceCollection();
        found.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(classes => classes.AssignableTo<IFetcherModule>(), publicOnly: true).As<IFetcherModule>().WithSingletonLifetime()
            .AddClasses(classes => classes.AssignableTo<MaintenanceFetcher>(), publicOnly: true).As<MaintenanceFetcher>().WithSingletonLifetime());

        foreach (var module in found.Where(d => d.ServiceType == typeof(IFetcherModule)).Select(d => d.ImplementationType!))
        {
            var marker = ServiceDescriptor.Singleton(typeof(IFetcherModule), module);
            if (builder.Services.Any(d => d.ServiceType == typeof(IFetcherModule) && d.ImplementationType == module))
            {
                continue;
            }

            builder.Services.Add(marker);
            ((IFetcherModule)Activator.CreateInstance(module)!).ConfigureServices(builder.Services);
        }

        foreach (var fetcher in found.Where(d => d.ServiceType == typeof(MaintenanceFetcher)).Select(d => d.ImplementationType!))
        {
            // A fetcher its own package already registered (typed HttpClient, options) is not registered again.
            var registered = builder.Services.Any(d => d.ServiceType == fetcher
                || (d.ServiceType == typeof(MaintenanceFetcher) && d.ImplementationType == fetcher));
            if (!registered)
            {
                builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(MaintenanceFetcher), fetcher));
            }
        }

        return builder;
    }

    /// <summary>Scans the already loaded assemblies, and the ones in the application's folder, whose name starts with a prefix.</summary>
    public static IOemAggregationBuilder AddFetchersFromAssembliesMatching(this IOemAggregationBuilder builder, string namePrefix)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(namePrefix);
        var files = Directory.EnumerateFiles(AppContext.BaseDirectory, namePrefix + "*.dll").Select(LoadShared);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith(namePrefix, StringComparison.Ordinal) == true);
        return builder.AddFetchersFromAssemblies([.. loaded.Concat(files).Distinct()]);
    }

    /// <summary>Scans every assembly in a plugin folder (a missing folder is an error; an empty one adds nothing).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IOemAggregationBuilder AddFetchersFromFolder(this IOemAggregationBuilder builder, string folder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The fetcher plugin folder '{Path.GetFullPath(folder)}' does not exist.");
        }

        return builder.AddFetchersFromAssemblies([.. Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(LoadShared)]);
    }

    // Plugins load into the default context so they share AutoTrack.Oem.Core's types with the host.
    private static Assembly LoadShared(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))
            ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(path));
    }
}
