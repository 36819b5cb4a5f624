namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>The hosts an adapter may contact: its metadata's <see cref="FetcherMetadata.AllowedHosts"/>, or when
/// that list is empty only the host of the page it asked for.</summary>
internal static class HostPolicy
{
    public static bool Allows(FetcherMetadata metadata, Uri requested, Uri target) =>
        target.IsAbsoluteUri
        && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps)
        && (metadata.AllowedHosts.Count == 0
            ? string.Equals(target.IdnHost, requested.IdnHost, StringComparison.OrdinalIgnoreCase)
            : metadata.AllowedHosts.Any(h => string.Equals(h, target.IdnHost, StringComparison.OrdinalIgnoreCase)));
}
