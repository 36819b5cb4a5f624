using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Timeouts, server errors and oversized bodies, with a stub handler (the simulator gains fault
/// injection later) and a fake clock.</summary>
public sealed class DownloadFailureTests
{
    private static readonly VehicleDescriptor Camry = VehicleDescriptor.Create(2022, "Toyota", "Camry");

    [Fact]
    public async Task No_response_within_the_request_timeout_is_a_timeout()
    {
        var clock = new FakeTimeProvider();
        using var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var fetcher = Fetcher(handler, clock, o => o.RequestTimeout = TimeSpan.FromSeconds(20));

        var fetch = fetcher.FetchScheduleAsync(Camry, CancellationToken.None);
        Assert.False(fetch.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(21));
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Contains("within 20 s", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_during_a_download_throws_rather_than_reporting_a_timeout()
    {
        var started = new TaskCompletionSource();
        using var handler = new StubHandler(async (_, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        using var cancel = new CancellationTokenSource();

        var fetch = Fetcher(handler, new FakeTimeProvider()).FetchScheduleAsync(Camry, cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task An_error_status_is_an_http_error_with_the_status(HttpStatusCode status)
    {
        using var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(status)));

        var result = await Fetcher(handler, new FakeTimeProvider()).FetchScheduleAsync(Camry, CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Contains($"HTTP {(int)status}", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_an_invalid_response()
    {
        using var handler = new StubHandler((_, _) => Task.FromResult(Pdf(new byte[4096], "application/pdf", chunked: true)));

        var result = await Fetcher(handler, new FakeTimeProvider(), o => o.MaxDocumentBytes = 2048).FetchScheduleAsync(Camry, CancellationToken.None);

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("limit of 2048 bytes", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Octet_stream_is_accepted_only_when_the_bytes_are_a_pdf()
    {
        using var handler = new StubHandler((_, _) => Task.FromResult(Pdf("GIF89a not a pdf"u8.ToArray(), "application/octet-stream")));

        var result = await Fetcher(handler, new FakeTimeProvider()).FetchScheduleAsync(Camry, CancellationToken.None);

        Assert.Equal(FetchOutcome.InvalidResponse, result.Outcome);
        Assert.Contains("application/octet-stream", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_served_as_octet_stream_is_read()
    {
        using var handler = new StubHandler((_, _) => Task.FromResult(Pdf("%PDF-1.7 but broken"u8.ToArray(), "application/octet-stream")));

        var result = await Fetcher(handler, new FakeTimeProvider()).FetchScheduleAsync(Camry, CancellationToken.None);

        Assert.Equal(FetchOutcome.ParseError, result.Outcome);
    }

    [Theory]
    [InlineData("http://oem.invalid/guides", "toyota/2022/camry.pdf")]
    [InlineData("http://oem.invalid/guides/", "/toyota/2022/camry.pdf")]
    public async Task Document_paths_resolve_under_the_base_address(string baseAddress, string path)
    {
        Uri? requested = null;
        using var handler = new StubHandler((request, _) =>
        {
            requested = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        });

        await Fetcher(handler, new FakeTimeProvider(), o =>
        {
            o.BaseAddress = new Uri(baseAddress);
            o.Documents.Clear();
            o.AddDocument(2022, "toyota", "CAMRY", path);
        }).FetchScheduleAsync(Camry, CancellationToken.None);

        Assert.Equal(new Uri("http://oem.invalid/guides/toyota/2022/camry.pdf"), requested);
    }

    private static ToyotaWarrantyGuideFetcher Fetcher(StubHandler handler, TimeProvider clock, Action<ToyotaWarrantyGuideOptions>? adjust = null)
    {
        var options = new ToyotaWarrantyGuideOptions { BaseAddress = new Uri("http://oem.invalid/guides") };
        options.AddDocument(2022, "Toyota", "Camry", "toyota/2022/camry.pdf");
        adjust?.Invoke(options);
        return new ToyotaWarrantyGuideFetcher(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, Options.Create(options), clock);
    }

    private static HttpResponseMessage Pdf(byte[] body, string mediaType, bool chunked = false)
    {
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
