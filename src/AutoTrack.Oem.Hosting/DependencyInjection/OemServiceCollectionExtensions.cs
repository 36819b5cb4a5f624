using AutoTrack.Oem;
using AutoTrack.Oem.Fetchers.Http;
using AutoTrack.Oem.Hosting;
using AutoTrack.Oem.Hosting.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The entry point: <c>services.AddOemScheduleAggregation(o => ...)</c>.</summary>
public static class OemServiceCollectionExtensions
{
    /// <summary>
    /// Adds the AutoTrack.Oem schedule aggregation (normalizer, validator, pipeline, catalog, lookup) and returns
    /// a builder on which storage and fetchers are chosen. Options are validated when the host starts. Safe to
    /// call more than once: later calls only add their configuration.
    /// </summary>
    public static IOemAggregationBuilder AddOemScheduleAggregation(this IServiceCollection services, Action<OemAggregationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(Registered)))
        {
            return new OemAggregationBuilder(services);
        }

        services.AddSingleton<Registered>();
        services.AddOptions<OemAggregationOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OemStorageOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OemAggregationOptions>, NestedValidationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ServiceTaxonomy.Default);
        services.TryAddSingleton(sp => new ScheduleNormalizer(sp.GetRequiredService<ServiceTaxonomy>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new OemDatabase(sp.GetRequiredService<IOptions<OemStorageOptions>>(), LoggerOf<OemDatabase>(sp)));
        services.TryAddSingleton<ScheduleWriter>();
        UseSharedHostBudget(services);
        services.TryAddSingleton<JobStore>();
        services.TryAddSingleton<IVehicleCatalog, VehicleCatalog>();
        services.TryAddSingleton<IScheduleLookup, ScheduleLookup>();
        services.TryAddSingleton(sp => new ScheduleAggregationPipeline(
            sp.GetServices<MaintenanceFetcher>(),
            sp.GetRequiredService<IVehicleCatalog>(),
            sp.GetRequiredService<JobStore>(),
            sp.GetRequiredService<ScheduleWriter>(),
            sp.GetRequiredService<ScheduleNormalizer>(),
            sp.GetRequiredService<IOptions<OemAggregationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            LoggerOf<ScheduleAggregationPipeline>(sp)));
        return new OemAggregationBuilder(services);
    }

    // Every node using the database shares one daily budget per host. Replaces the HTTP layer's in-memory default
    // whether AddOemHttp ran before or runs after (it only adds its default when none is registered); a budget the
    // host registered itself is kept.
    private static void UseSharedHostBudget(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(IHostRequestBudget));
        if (existing is not null && existing.ImplementationType != typeof(InMemoryHostRequestBudget))
        {
            return;
        }

        if (existing is not null)
        {
            services.Remove(existing);
        }

        services.AddSingleton<DatabaseHostRequestBudget>();
        services.AddSingleton<IHostRequestBudget>(sp => sp.GetRequiredService<DatabaseHostRequestBudget>());
    }

    // Hosts normally add logging; a bare ServiceCollection (tests, small tools) still works, silently.
    private static ILogger<T> LoggerOf<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;

    /// <summary>Marks the collection as configured, so a second call adds only its own configuration.</summary>
    private sealed class Registered;

    private sealed class OemAggregationBuilder(IServiceCollection services) : IOemAggregationBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    /// <summary>Validates the nested <see cref="ValidationOptions"/> too (data annotations stop at the first level).</summary>
    private sealed class NestedValidationOptionsValidator : IValidateOptions<OemAggregationOptions>
    {
        public ValidateOptionsResult Validate(string? name, OemAggregationOptions options)
        {
            var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
            var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
                options.Validation, new System.ComponentModel.DataAnnotations.ValidationContext(options.Validation), results, validateAllProperties: true);
            return valid ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => $"OemAggregationOptions.Validation: {r.ErrorMessage}"));
        }
    }
}
