namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Trims of one model year of a model: a portal page or API resource covers them all.</summary>
internal static class DocumentTrims
{
    public static IReadOnlyList<VehicleDescriptor> Of(VehicleDescriptor vehicle) =>
        [vehicle, vehicle with { Trim = TrimSelector.Named("Base") }, vehicle with { Trim = TrimSelector.Named("Limited") }];
}
