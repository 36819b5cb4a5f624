namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>The hosts an adapter may contact: its metadata's <see cref="FetcherMetadata.AllowedHosts"/> (host names, or
/// "host:port" authorities), or when that list is empty only the authority - host and port - of the page it asked
/// for: another port on the same host is another site.</summary>
internal static class HostPolicy
{
    public static bool Allows(FetcherMetadata metadata, Uri requested, Uri target) =>
        target.IsAbsoluteUri
        && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps)
        && (metadata.AllowedHosts.Count == 0
            ? string.Equals(target.IdnHost, requested.IdnHost, StringComparison.OrdinalIgnoreCase) && target.Port == requested.Port
            : metadata.AllowedHosts.Any(h => string.Equals(h, target.IdnHost, StringComparison.OrdinalIgnoreCase) || string.Equals(h, target.Authority, StringComparison.OrdinalIgnoreCase)));
}
