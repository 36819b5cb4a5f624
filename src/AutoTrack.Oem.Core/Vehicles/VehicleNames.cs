using System.Collections.Frozen;
using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem;

/// <summary>
/// Canonical make and model names, their aliases, and the manufacturer (OEM group) behind each make.
/// Matching ignores case, spaces and punctuation ("chevy", "CHEVROLET"; "F150", "f 150", "F-150").
/// </summary>
public static class VehicleNames
{
    private static readonly FrozenDictionary<string, string> MakeAliases = new Dictionary<string, string>
    {
        ["chevy"] = "Chevrolet", ["chev"] = "Chevrolet", ["chevrolet"] = "Chevrolet",
        ["gmc"] = "GMC", ["buick"] = "Buick", ["cadillac"] = "Cadillac", ["caddy"] = "Cadillac",
        ["ford"] = "Ford", ["lincoln"] = "Lincoln",
        ["toyota"] = "Toyota", ["lexus"] = "Lexus", ["scion"] = "Scion",
        ["honda"] = "Honda", ["acura"] = "Acura",
        ["nissan"] = "Nissan", ["infiniti"] = "Infiniti", ["datsun"] = "Nissan",
        ["hyundai"] = "Hyundai", ["genesis"] = "Genesis", ["kia"] = "Kia",
        ["subaru"] = "Subaru", ["mazda"] = "Mazda", ["mitsubishi"] = "Mitsubishi",
        ["jeep"] = "Jeep", ["dodge"] = "Dodge", ["ram"] = "Ram", ["chrysler"] = "Chrysler", ["fiat"] = "Fiat",
        ["alfaromeo"] = "Alfa Romeo", ["alfa"] = "Alfa Romeo",
        ["volkswagen"] = "Volkswagen", ["vw"] = "Volkswagen", ["audi"] = "Audi", ["porsche"] = "Porsche",
        ["bmw"] = "BMW", ["mini"] = "MINI",
        ["mercedesbenz"] = "Mercedes-Benz", ["mercedes"] = "Mercedes-Benz", ["benz"] = "Mercedes-Benz", ["mb"] = "Mercedes-Benz",
        ["tesla"] = "Tesla", ["volvo"] = "Volvo", ["polestar"] = "Polestar",
        ["landrover"] = "Land Rover", ["jaguar"] = "Jaguar", ["rivian"] = "Rivian", ["lucid"] = "Lucid",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Manufacturers = new Dictionary<string, string>
    {
        ["Chevrolet"] = "General Motors", ["GMC"] = "General Motors", ["Buick"] = "General Motors", ["Cadillac"] = "General Motors",
        ["Ford"] = "Ford", ["Lincoln"] = "Ford",
        ["Toyota"] = "Toyota", ["Lexus"] = "Toyota", ["Scion"] = "Toyota",
        ["Honda"] = "Honda", ["Acura"] = "Honda",
        ["Nissan"] = "Nissan", ["Infiniti"] = "Nissan",
        ["Hyundai"] = "Hyundai", ["Genesis"] = "Hyundai", ["Kia"] = "Kia",
        ["Jeep"] = "Stellantis", ["Dodge"] = "Stellantis", ["Ram"] = "Stellantis", ["Chrysler"] = "Stellantis",
        ["Fiat"] = "Stellantis", ["Alfa Romeo"] = "Stellantis",
        ["Volkswagen"] = "Volkswagen", ["Audi"] = "Volkswagen", ["Porsche"] = "Volkswagen",
        ["BMW"] = "BMW", ["MINI"] = "BMW",
        ["Land Rover"] = "Jaguar Land Rover", ["Jaguar"] = "Jaguar Land Rover",
        ["Volvo"] = "Volvo", ["Polestar"] = "Volvo",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Keyed by the compact form (letters and digits only, lower case).
    private static readonly FrozenDictionary<string, string> ModelAliases = new Dictionary<string, string>
    {
        ["f150"] = "F-150", ["f250"] = "F-250", ["f350"] = "F-350", ["f250superduty"] = "F-250 Super Duty",
        ["crv"] = "CR-V", ["hrv"] = "HR-V", ["rav4"] = "RAV4", ["rav4hybrid"] = "RAV4 Hybrid", ["chr"] = "C-HR",
        ["cx5"] = "CX-5", ["cx30"] = "CX-30", ["cx50"] = "CX-50", ["cx9"] = "CX-9", ["cx90"] = "CX-90", ["mx5"] = "MX-5 Miata",
        ["mx5miata"] = "MX-5 Miata", ["miata"] = "MX-5 Miata",
        ["silverado"] = "Silverado 1500", ["silverado1500"] = "Silverado 1500", ["sierra"] = "Sierra 1500", ["sierra1500"] = "Sierra 1500",
        ["ram1500"] = "1500", ["wrx"] = "WRX", ["brz"] = "BRZ", ["gr86"] = "GR86", ["xv"] = "Crosstrek",
        ["santafe"] = "Santa Fe", ["ioniq5"] = "IONIQ 5", ["ev6"] = "EV6", ["model3"] = "Model 3", ["modely"] = "Model Y",
        ["grandcherokee"] = "Grand Cherokee", ["4runner"] = "4Runner", ["landcruiser"] = "Land Cruiser",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical display name of a make ("chevy" becomes "Chevrolet"); unknown makes keep their
    /// own spelling with white space collapsed.</summary>
    public static string CanonicalMake(string make)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(make);
        return MakeAliases.TryGetValue(TextFolding.Compact(make), out var canonical)
            ? canonical
            : Display(make);
    }

    /// <summary>The canonical display name of a model ("F150" becomes "F-150"); unknown models keep their own
    /// spelling with white space and dashes folded.</summary>
    public static string CanonicalModel(string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return ModelAliases.TryGetValue(TextFolding.Compact(model), out var canonical)
            ? canonical
            : Display(model);
    }

    /// <summary>The manufacturer (OEM group) that publishes a make's schedules: Chevrolet, GMC, Buick and
    /// Cadillac are General Motors; Lexus is Toyota; Acura is Honda; Infiniti is Nissan; Lincoln is Ford.
    /// A make we do not know is taken to be its own manufacturer.</summary>
    public static string ManufacturerOf(string make)
    {
        var canonical = CanonicalMake(make);
        return Manufacturers.TryGetValue(canonical, out var manufacturer) ? manufacturer : canonical;
    }

    /// <summary>Unknown names keep their spelling; all-lower-case input ("camry") is capitalised word by word.</summary>
    private static string Display(string name)
    {
        var collapsed = TextFolding.CollapseWhitespace(name);
        if (collapsed.Any(char.IsUpper))
        {
            return collapsed;
        }

        var chars = collapsed.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>The storage key of a make: canonical name, case-folded.</summary>
    public static string MakeKey(string make) => TextFolding.FoldKey(CanonicalMake(make));

    /// <summary>The storage key of a model: canonical name, case-folded.</summary>
    public static string ModelKey(string model) => TextFolding.FoldKey(CanonicalModel(model));

    /// <summary>The storage key of a manufacturer: its name, case-folded.</summary>
    public static string ManufacturerKey(string manufacturer) => TextFolding.FoldKey(manufacturer);
}
