using System.Net;
using System.Text;
using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The static-HTML portal strategy against the simulator's sample portal: real HTTP on loopback, real AngleSharp.</summary>
public sealed class HtmlPortalFetcherTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private static readonly HttpClient SharedHttp = new();

    private readonly OemSimulator _oem = fixture.Simulator;

    public static TheoryData<int, string, string> Samples
    {
        get
        {
            var data = new TheoryData<int, string, string>();
            foreach (var sample in SampleCatalog.Default.Vehicles)
            {
                data.Add(sample.Vehicle.Year, sample.Vehicle.Make, sample.Vehicle.Model);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Normalized_schedule_equals_what_the_static_portal_printed(int year, string make, string model)
    {
        var sample = TestFetchers.Sample(year, make, model);

        var result = await Fetcher("portal/static/").FetchScheduleAsync(sample.Vehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, result.Reason);
        Assert.Equal(SourceKind.OemPortal, result.Schedule!.SourceKind);
        Assert.Equal(sample.Schedule.Title, result.Schedule.Title);
        Assert.Equal("text/html", result.Document!.MediaType);
        var normalized = new ScheduleNormalizer().Normalize(result.Schedule);
        Assert.Equal(PrintedSchedule.Expected(sample), PrintedSchedule.Actual(normalized));
        Assert.Empty(normalized.Unrecognized);
    }

    [Fact]
    public async Task Rows_keep_their_position_and_the_table_headers()
    {
        var result = await Fetcher("portal/static/").FetchScheduleAsync(TestFetchers.Sample(2022, "Hyundai", "Tucson").Vehicle, CancellationToken.None);

        var first = result.Schedule!.Items[0];
        Assert.Equal(1, first.Location.Row);
        Assert.Equal(["Service", "Interval", "Driving conditions", "Note"], first.Location.ColumnHeaders);
        Assert.Contains(result.Schedule.Items, i => i.Section!.StartsWith("Special operating conditions / ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_without_the_table_is_layout_drift_and_keeps_the_document()
    {
        var result = await Fetcher("portal/static-drift/").FetchScheduleAsync(TestFetchers.Sample(2022, "Toyota", "Camry").Vehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.LayoutDrift, result.Outcome);
        Assert.Contains("sample-html-portal", result.Reason, StringComparison.Ordinal);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public async Task A_vehicle_the_portal_does_not_list_is_an_http_error()
    {
        var result = await Fetcher("portal/static/").FetchScheduleAsync(VehicleDescriptor.Create(2021, "Honda", "Civic"), CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Contains("404", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_refused_without_following_it()
    {
        var stub = new StubHandler((request, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Found)
        {
            Headers = { Location = new Uri("http://elsewhere.invalid/page.html") },
            RequestMessage = request,
        }));
        using var http = new HttpClient(stub);
        var fetcher = new SampleHtmlPortalFetcher(http, Options.Create(new SampleHtmlPortalOptions { BaseAddress = new Uri("http://portal.invalid/") }), TimeProvider.System);

        var result = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry"), CancellationToken.None);

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("elsewhere.invalid", result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task A_non_html_answer_or_an_oversized_page_is_an_invalid_response()
    {
        var stub = new StubHandler((request, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(request.RequestUri!.AbsolutePath.Contains("camry", StringComparison.Ordinal) ? "{}" : new string('x', 5_000),
                Encoding.UTF8, request.RequestUri.AbsolutePath.Contains("camry", StringComparison.Ordinal) ? "application/json" : "text/html"),
        }));
        using var http = new HttpClient(stub);
        var fetcher = new SampleHtmlPortalFetcher(http, Options.Create(new SampleHtmlPortalOptions { BaseAddress = new Uri("http://portal.invalid/"), MaxPageBytes = 2_048 }), TimeProvider.System);

        var json = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Camry"), CancellationToken.None);
        var large = await fetcher.FetchScheduleAsync(VehicleDescriptor.Create(2022, "Toyota", "Corolla"), CancellationToken.None);

        Assert.Equal(FetchOutcome.InvalidResponse, json.Outcome);
        Assert.Contains("application/json", json.Reason, StringComparison.Ordinal);
        Assert.Equal(FetchOutcome.InvalidResponse, large.Outcome);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Fetcher("portal/static/").FetchScheduleAsync(TestFetchers.Sample(2022, "Toyota", "Camry").Vehicle, cts.Token));
    }

    [Fact]
    public async Task Registration_is_idempotent_and_sends_the_honest_user_agent()
    {
        var services = new ServiceCollection();
        services.AddSampleHtmlPortalFetcher(o => o.BaseAddress = new Uri(_oem.BaseAddress, "portal/static/"));
        services.AddSampleHtmlPortalFetcher(o => o.RequestTimeout = TimeSpan.FromSeconds(10));
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var fetcher = Assert.Single(provider.GetRequiredService<IEnumerable<MaintenanceFetcher>>());
        Assert.Equal("sample-html-portal", fetcher.Metadata.Name);
        Assert.Equal(TermsOfUse.ScrapingPermitted, fetcher.Metadata.TermsOfUse);
        Assert.True(fetcher.Metadata.EnabledByDefault);
        var result = await fetcher.FetchScheduleAsync(TestFetchers.Sample(2023, "Kia", "Sportage").Vehicle, CancellationToken.None);
        Assert.Equal(FetchOutcome.Success, result.Outcome);
        Assert.Contains(_oem.Requests, r => r.Path == "/portal/static/2023/kia/sportage.html" && r.UserAgent == OemUserAgent.Value);
    }

    [Fact]
    public void A_missing_base_address_fails_validation_on_start()
    {
        var services = new ServiceCollection();
        services.AddSampleHtmlPortalFetcher(_ => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("BaseAddress is required", error.Message, StringComparison.Ordinal);
    }

    private SampleHtmlPortalFetcher Fetcher(string folder) =>
        new(SharedHttp, Options.Create(new SampleHtmlPortalOptions { BaseAddress = new Uri(_oem.BaseAddress, folder) }), TimeProvider.System);
}
