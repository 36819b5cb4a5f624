using System.Net;

namespace AutoTrack.Oem.Fetchers.Internal.Http;

/// <summary>A response body that holds a concurrency lease until it is disposed, so a host's in-flight count
/// covers the body download too.</summary>
internal sealed class LeasedContent : HttpContent
{
    private readonly HttpContent _inner;
    private IDisposable? _lease;

    public LeasedContent(HttpContent inner, IDisposable lease)
    {
        _inner = inner;
        _lease = lease;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _inner.CopyToAsync(stream, cancellationToken);

    protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => _inner.ReadAsStreamAsync(cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = _inner.Headers.ContentLength ?? 0;
        return _inner.Headers.ContentLength is not null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            Interlocked.Exchange(ref _lease, null)?.Dispose();
        }

        base.Dispose(disposing);
    }
}
