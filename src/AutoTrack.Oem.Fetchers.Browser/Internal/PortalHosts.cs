using AutoTrack.Oem.Fetchers.Internal;

namespace AutoTrack.Oem.Fetchers.Browser.Internal;

/// <summary>The hosts a browser adapter may contact: those of the static-HTML strategy (<see cref="HostPolicy"/>: its
/// metadata's <see cref="FetcherMetadata.AllowedHosts"/>, or when that list is empty only the page's authority, host
/// and port). Only http(s) requests are let through
/// (data: and blob: URLs the page builds itself are its own content).</summary>
internal static class PortalHosts
{
    public static bool Allows(FetcherMetadata metadata, Uri page, Uri target)
    {
        if (target.Scheme is "data" or "blob")
        {
            return true;
        }

        return HostPolicy.Allows(metadata, page, target);
    }
}
