using System.Globalization;

namespace AutoTrack.Oem.Fetchers.Browser.Internal;

/// <summary>Page addresses of the form "{base}/{year}/{make}/{model}.html", make and model as lower-case slugs with
/// hyphens for spaces ("2021/hyundai/santa-fe.html").</summary>
internal static class PortalPath
{
    public static Uri For(Uri baseAddress, VehicleDescriptor vehicle)
    {
        var folder = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        return new Uri(folder, string.Create(CultureInfo.InvariantCulture,
            $"{vehicle.Year}/{Uri.EscapeDataString(Slug(vehicle.Make))}/{Uri.EscapeDataString(Slug(vehicle.Model))}.html"));
    }

    private static string Slug(string name) => name.Trim().ToLowerInvariant().Replace(' ', '-');
}
