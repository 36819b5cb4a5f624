using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>How <see cref="JsonApiFetcher"/> classifies responses the simulator does not produce (stubbed transport).</summary>
public sealed class JsonApiResponseTests
{
    private static readonly Uri Api = new("https://api.oem.invalid/v2");

    [Fact]
    public async Task A_response_that_is_not_json_is_an_invalid_response()
    {
        var result = await FetchAsync(_ => Respond(HttpStatusCode.OK, "<html>maintenance</html>", "text/html"));

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("Expected JSON", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_over_the_size_cap_is_an_invalid_response()
    {
        var big = "{\"schemaVersion\":1,\"pad\":\"" + new string('x', 4_000) + "\"}";

        var result = await FetchAsync(_ => Respond(HttpStatusCode.OK, big, "application/json"), o => o.MaxResponseBytes = 2_048);

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("limit of 2048", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_layout_drift_naming_the_path()
    {
        const string body = """
            {"schemaVersion":1,"vehicle":{"year":2022,"make":"Kia","model":"Sorento"},"items":[
              {"item":"Engine oil and filter","action":"Replace","intervalMiles":"7500","intervalMonths":6,"conditions":[]}]}
            """;

        var result = await FetchAsync(_ => Respond(HttpStatusCode.OK, body, "application/vnd.oem.maintenance+json"));

        Assert.Equal(FetchOutcome.LayoutDrift, result.Outcome);
        Assert.Contains("$.items[0].intervalMiles should be integer or null but is string", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_item_list_is_layout_drift()
    {
        const string body = """{"schemaVersion":1,"vehicle":{"year":2022,"make":"Kia","model":"Sorento"},"items":[]}""";

        var result = await FetchAsync(_ => Respond(HttpStatusCode.OK, body, "application/json"));

        Assert.Equal(FetchOutcome.LayoutDrift, result.Outcome);
        Assert.Contains("$.items should have at least 1 item(s) but has 0", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, FetchOutcome.RateLimited)]
    [InlineData(HttpStatusCode.ServiceUnavailable, FetchOutcome.HttpError)]
    [InlineData(HttpStatusCode.Forbidden, FetchOutcome.AuthenticationFailed)]
    [InlineData(HttpStatusCode.Unauthorized, FetchOutcome.AuthenticationFailed)]
    [InlineData(HttpStatusCode.NotFound, FetchOutcome.Unsupported)]
    public async Task Statuses_map_to_outcomes(HttpStatusCode status, FetchOutcome expected)
    {
        var result = await FetchAsync(_ => Respond(status, "{}", "application/json"));

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public async Task The_endpoint_resolves_under_the_base_address_and_asks_for_json()
    {
        HttpRequestMessage? seen = null;

        await FetchAsync(request =>
        {
            seen = request;
            return Respond(HttpStatusCode.NotFound, "{}", "application/json");
        });

        Assert.Equal("https://api.oem.invalid/v2/api/v1/maintenance?year=2022&make=Kia&model=Sorento", seen!.RequestUri!.AbsoluteUri);
        Assert.Equal("application/json", Assert.Single(seen.Headers.Accept).MediaType);
        Assert.Contains("AutoTrack.Oem", seen.Headers.UserAgent.ToString(), StringComparison.Ordinal);
    }

    private static async Task<FetchResult> FetchAsync(Func<HttpRequestMessage, HttpResponseMessage> respond, Action<SampleOemApiOptions>? adjust = null)
    {
        var stub = new StubHandler((request, _) => Task.FromResult(respond(request)));
        using var host = new ApiFetcherHost(Api, o => o.Kind = ApiAuthenticationKind.Anonymous, s =>
        {
            s.AddHttpClient<SampleOemApiFetcher>().ConfigurePrimaryHttpMessageHandler(() => stub);
            if (adjust is not null)
            {
                s.Configure(adjust);
            }
        });
        return await host.FetchAsync(2022, "Kia", "Sorento");
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
}
