namespace AutoTrack.Oem.Hosting.Persistence;

/// <summary>Turns stored key and display columns back into a <see cref="VehicleDescriptor"/>.</summary>
internal static class VehicleRows
{
    public static VehicleDescriptor ToVehicle(string market, int year, string displayMake, string displayModel, string trimKey, string? displayTrim) =>
        VehicleDescriptor.Create(year, displayMake, displayModel) with
        {
            Market = Enum.Parse<Market>(market),
            Trim = trimKey switch
            {
                TrimSelector.AllKey => TrimSelector.All,
                TrimSelector.UnknownKey => TrimSelector.Unknown,
                _ => TrimSelector.Named(displayTrim ?? trimKey),
            },
        };
}
