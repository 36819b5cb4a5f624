using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Registration: typed clients, validated options, one <see cref="MaintenanceFetcher"/> per fetcher.</summary>
public sealed class DependencyInjectionTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly OemSimulator _oem = fixture.Simulator;

    [Fact]
    public void Both_fetchers_resolve_once_as_maintenance_fetchers_even_when_registered_twice()
    {
        var services = new ServiceCollection();
        services.AddToyotaWarrantyGuideFetcher(Configure);
        services.AddToyotaWarrantyGuideFetcher(Configure);
        services.AddHyundaiMatrixPdfFetcher(Configure);
        services.AddHyundaiMatrixPdfFetcher(Configure);
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var fetchers = provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>().ToList();

        Assert.Equal(["hyundai-matrix-pdf", "toyota-wmg-pdf"], fetchers.Select(f => f.Metadata.Name).Order(StringComparer.Ordinal));
        Assert.IsType<ToyotaWarrantyGuideFetcher>(fetchers.Single(f => f.Metadata.Name == "toyota-wmg-pdf"));
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void A_missing_base_address_fails_validation_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddToyotaWarrantyGuideFetcher(o => o.AddDocument(2022, "Toyota", "Camry", "camry.pdf"));
        using var provider = services.BuildServiceProvider();

        var onStart = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var onUse = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ToyotaWarrantyGuideOptions>>().Value);

        Assert.Contains("BaseAddress is required", onStart.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress is required", onUse.Message, StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>().ToList());
    }

    [Fact]
    public void A_malformed_document_index_fails_validation_naming_the_key()
    {
        var services = new ServiceCollection();
        services.AddHyundaiMatrixPdfFetcher(o =>
        {
            o.BaseAddress = new Uri("https://oem.invalid/");
            o.Documents["tucson-2022"] = "hyundai/2022/tucson.pdf";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("'tucson-2022' is not of the form 'year/make/model'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_fetcher_fetches_with_the_honest_user_agent_and_the_registered_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHyundaiMatrixPdfFetcher(Configure);
        using var provider = services.BuildServiceProvider();
        var sample = TestFetchers.Sample(2022, "Kia", "Sorento");

        var fetcher = Assert.Single(provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>());
        var result = await fetcher.FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Equal(clock.GetUtcNow(), result.Schedule!.RetrievedAt);
        var request = _oem.Requests.Last(r => r.Path == sample.DocumentPath);
        Assert.Equal(OemUserAgent.Value, request.UserAgent);
    }

    private void Configure(OemPdfSourceOptions options)
    {
        options.BaseAddress = _oem.BaseAddress;
        var style = options is ToyotaWarrantyGuideOptions ? SampleDocumentStyles.ToyotaWarrantyGuide : SampleDocumentStyles.HyundaiMatrix;
        TestFetchers.Index(options, _oem.Catalog, style);
    }
}
