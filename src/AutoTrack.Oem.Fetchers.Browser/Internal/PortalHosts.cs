namespace AutoTrack.Oem.Fetchers.Browser.Internal;

/// <summary>The hosts a browser adapter may contact: its metadata's <see cref="FetcherMetadata.AllowedHosts"/>, or
/// when that list is empty only the host of the page it asked for. Only http(s) requests are let through
/// (data: and blob: URLs the page builds itself are its own content).</summary>
internal static class PortalHosts
{
    public static bool Allows(FetcherMetadata metadata, Uri page, Uri target)
    {
        if (target.Scheme is "data" or "blob")
        {
            return true;
        }

        return (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps)
            && (metadata.AllowedHosts.Count == 0
                ? string.Equals(target.IdnHost, page.IdnHost, StringComparison.OrdinalIgnoreCase)
                : metadata.AllowedHosts.Any(h => string.Equals(h, target.IdnHost, StringComparison.OrdinalIgnoreCase)));
    }
}
