using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Hosting.Tests;

public class BuilderTests
{
    [Fact]
    public async Task A_host_without_storage_fails_at_start_with_the_fix_in_the_message()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddOemScheduleAggregation();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("UsePostgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_options_fail_at_start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddOemScheduleAggregation(o =>
        {
            o.WriteBatchSize = 0;
            o.Validation.MinimumServiceRatio = 3;
        }).UseSqlite("unused.db");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(nameof(OemAggregationOptions.WriteBatchSize), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ValidationOptions.MinimumServiceRatio), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_the_entry_point_twice_registers_everything_once()
    {
        var services = new ServiceCollection();
        services.AddOemScheduleAggregation().UseSqlite("a.db").AddFetcher<NoOpFetcher>();
        var count = services.Count;
        services.AddOemScheduleAggregation().UseSqlite("a.db").AddFetcher<NoOpFetcher>();

        Assert.Equal(count + 1, services.Count); // only the second UseSqlite's IConfigureOptions is new
        using var provider = services.BuildServiceProvider();
        Assert.Single(provider.GetServices<MaintenanceFetcher>());
        Assert.Same(provider.GetRequiredService<ScheduleAggregationPipeline>(), provider.GetRequiredService<ScheduleAggregationPipeline>());
    }

    [Fact]
    public void Storage_arguments_are_checked_when_configured()
    {
        var builder = new ServiceCollection().AddOemScheduleAggregation();

        Assert.Throws<ArgumentException>(() => builder.UsePostgres(" "));
        Assert.Throws<ArgumentNullException>(() => builder.UseSqlite(null!));
    }

    private sealed class NoOpFetcher : MaintenanceFetcher
    {
        public override FetcherMetadata Metadata { get; } = new("no-op", "None", SourceKind.OemApi, 100);

        public override bool Supports(VehicleDescriptor vehicle) => false;

        public override Task<FetchResult> FetchScheduleAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken) =>
            Task.FromResult(FetchResult.Failed(FetchOutcome.Unsupported, "no-op"));
    }
}
