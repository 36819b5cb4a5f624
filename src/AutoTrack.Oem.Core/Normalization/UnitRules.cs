using UnitsNet;

namespace AutoTrack.Oem.Internal;

/// <summary>
/// The documented unit rules (docs/normalization.md): the US figure (miles) is kept when both units are
/// printed; the printed km must agree with it within 3% or 500 km, whichever is larger (guides round km to
/// the nearest 500 or 1,000); a metric-only distance is converted with UnitsNet and rounded to the nearest
/// 100 miles, halves away from zero. The printed value and unit are always kept beside the miles.
/// </summary>
internal static class UnitRules
{
    public static bool Agree(double miles, double printedKilometers)
    {
        var exact = Length.FromMiles(miles).Kilometers;
        return Math.Abs(exact - printedKilometers) <= Math.Max(exact * 0.03, 500);
    }

    public static int KilometersToMiles(double kilometers) =>
        (int)(Math.Round(Length.FromKilometers(kilometers).Miles / 100, MidpointRounding.AwayFromZero) * 100);
}
