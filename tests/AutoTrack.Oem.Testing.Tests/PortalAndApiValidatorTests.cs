using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace AutoTrack.Oem.Testing.Tests;

/// <summary>Portal pages and API responses are served from the simulator's own catalog with strong ETags and
/// Last-Modified, and conditional requests are answered 304 without a body.</summary>
public sealed class PortalAndApiValidatorTests : IDisposable
{
    private static readonly SampleCatalog Generated = SampleCatalog.Generate(12, seed: 3);

    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    public static TheoryData<string> PortalFolders => ["portal/static/", "portal/static-drift/", "portal/js/"];

    [Theory]
    [MemberData(nameof(PortalFolders))]
    public async Task Pages_of_a_generated_catalog_carry_strong_validators_and_answer_them_with_304(string folder)
    {
        await using var simulator = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = Generated });
        var vehicle = Generated.Vehicles[^1].Vehicle;
        var url = new Uri(simulator.BaseAddress, folder + string.Create(CultureInfo.InvariantCulture, $"{vehicle.Year}/{Slug(vehicle.Make)}/{Slug(vehicle.Model)}.html"));

        await AssertValidatorsAsync(simulator, url, request => { });
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_api_serves_a_generated_catalog_with_strong_validators_and_answers_them_with_304()
    {
        await using var simulator = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = Generated });
        var vehicle = Generated.Vehicles[0].Vehicle;
        var url = new Uri(simulator.BaseAddress, SimulatedOemApi.MaintenancePath.TrimStart('/')
            + $"?year={vehicle.Year}&make={Uri.EscapeDataString(vehicle.Make)}&model={Uri.EscapeDataString(vehicle.Model)}");

        await AssertValidatorsAsync(simulator, url, request => request.Headers.Add(SimulatedOemApi.ApiKeyHeader, SimulatedOemApi.ApiKey));
    }

    [Fact]
    public async Task The_scripted_page_changes_its_etag_when_only_the_data_it_loads_changes()
    {
        var sample = SampleCatalog.Default.Vehicles[0];
        var changed = new SampleCatalog(SampleCatalog.Default.Vehicles.Select(v => v.DocumentPath == sample.DocumentPath
            ? v with { Schedule = v.Schedule with { Services = [v.Schedule.Services[0] with { Footnote = "Revised for this test." }, .. v.Schedule.Services.Skip(1)] } }
            : v));
        var path = string.Create(CultureInfo.InvariantCulture, $"portal/js/{sample.Vehicle.Year}/{Slug(sample.Vehicle.Make)}/{Slug(sample.Vehicle.Model)}.html");

        var before = await ETagAsync(SampleCatalog.Default, path);
        var after = await ETagAsync(changed, path);

        Assert.NotEqual(before, after);
        Assert.Equal(before, await ETagAsync(SampleCatalog.Default, path));
    }

    private async Task<string> ETagAsync(SampleCatalog catalog, string path)
    {
        await using var simulator = await OemSimulator.StartAsync(new SimulatorOptions { Catalog = catalog });
        using var response = await _http.GetAsync(new Uri(simulator.BaseAddress, path));
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }

    private async Task AssertValidatorsAsync(OemSimulator simulator, Uri url, Action<HttpRequestMessage> authorize)
    {
        using var first = new HttpRequestMessage(HttpMethod.Get, url);
        authorize(first);
        using var response = await _http.SendAsync(first);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"", response.Headers.ETag!.Tag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        authorize(byTag);
        byTag.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        authorize(byDate);
        byDate.Headers.IfModifiedSince = response.Content.Headers.LastModified;
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        authorize(stale);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));

        using var notModified = await _http.SendAsync(byTag);
        using var notModifiedByDate = await _http.SendAsync(byDate);
        using var changed = await _http.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModifiedByDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(new ResponseCounts(Ok: 2, NotModified: 2, Other: 0), simulator.Responses(url.AbsolutePath));
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
