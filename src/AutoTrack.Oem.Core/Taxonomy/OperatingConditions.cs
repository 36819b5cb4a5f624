using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem;

/// <summary>
/// The canonical set of severe / special operating conditions. Services that apply only under such
/// conditions are kept as separate rows tagged with these codes, never merged into the normal schedule.
/// </summary>
public static class OperatingConditions
{
#pragma warning disable CS1591 // Each constant is described in docs/taxonomy.md.
    public const string Towing = "towing";
    public const string HeavyLoad = "heavy_load";
    public const string ShortTrips = "short_trips";
    public const string StopAndGo = "stop_and_go";
    public const string ExtensiveIdling = "extensive_idling";
    public const string DustyRoads = "dusty_roads";
    public const string RoughRoads = "rough_roads";
    public const string OffRoad = "off_road";
    public const string SaltedRoads = "salted_roads";
    public const string Mountainous = "mountainous";
    public const string ExtremeTemperatures = "extreme_temperatures";
    public const string HighSpeed = "high_speed";
    public const string CommercialUse = "commercial_use";

    /// <summary>A severe schedule that names no specific condition ("Severe usage", "Schedule 1").</summary>
    public const string SevereUnspecified = "severe_unspecified";
#pragma warning restore CS1591

    private static readonly (string Code, string[] Phrases)[] Table =
    [
        (Towing, ["tow", "towing", "trailer", "trailer towing", "camper", "tow a trailer", "pulling a trailer"]),
        (HeavyLoad, ["heavy load", "heavily loaded", "carrying heavy", "roof rack", "car top carrier", "cartop carrier", "luggage carrier",
            "fully loaded", "heavy payload", "overloaded", "maximum payload"]),
        (ShortTrips, ["short trip", "short distance", "short run", "repeated short", "less than 5 mile", "less than 10 mile", "under 5 mile",
            "under 10 mile", "less than 8 km", "less than 16 km", "not reach normal operating temperature", "not warm up",
            "does not reach operating temperature", "frequent short"]),
        (StopAndGo, ["stop and go", "heavy city traffic", "city traffic", "congested traffic", "heavy traffic", "urban traffic",
            "frequent stop", "stop start driving"]),
        (ExtensiveIdling, ["idling", "extensive idling", "extended idling", "idle", "low speed driving", "low speed for long distance",
            "long period of idling", "excessive idling"]),
        (DustyRoads, ["dust", "dusty", "unpaved", "gravel", "dirt road", "dirt", "sandy", "sand", "desert", "dusty road",
            "airborne dust"]),
        (RoughRoads, ["rough road", "muddy", "mud", "snow covered", "bumpy", "rough", "pothole", "washboard"]),
        (OffRoad, ["off road", "offroad", "off highway", "trail"]),
        (SaltedRoads, ["salt", "salted", "de icing", "deicing", "coastal", "corrosive", "road salt", "salt water"]),
        (Mountainous, ["mountain", "mountainous", "hilly", "steep", "hill", "up and down hill", "grade"]),
        (ExtremeTemperatures, ["extreme temperature", "extremely hot", "extremely cold", "hot weather", "cold weather", "below freezing",
            "below 32", "above 90", "above 100", "high ambient temperature", "hot climate", "cold climate", "extreme heat", "extreme cold",
            "sub zero", "subzero", "very hot", "very cold", "freezing temperature", "high temperature", "low temperature"]),
        (HighSpeed, ["high speed", "sustained high speed", "racing", "track", "motorsport", "competition", "high rpm"]),
        (CommercialUse, ["taxi", "police", "delivery", "commercial", "fleet", "ride share", "ride sharing", "rideshare", "limousine",
            "courier", "emergency vehicle", "livery", "patrol", "ambulance", "rental"]),
    ];

    private static readonly string[] SevereMarkers =
    [
        "severe", "special operating condition", "special operating", "harsh", "heavy duty", "extreme driving", "extreme condition",
        "demanding", "additional maintenance", "severe service", "severe usage", "severe use", "severe duty", "schedule 1", "schedule i",
        "special condition", "difficult condition", "unusual operating condition", "severe driving",
    ];

    internal static readonly PhraseMatcher<string> Matcher = new(Table.SelectMany(t => t.Phrases.Select(p => (p, t.Code))));

    private static readonly PhraseMatcher<bool> SevereMatcher = new(SevereMarkers.Select(p => (p, true)));

    /// <summary>Every canonical condition code, <see cref="SevereUnspecified"/> last.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Code), SevereUnspecified];

    /// <summary>The condition codes named in a piece of wording, sorted and without duplicates.</summary>
    public static IReadOnlyList<string> Recognize(string wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return Matcher.FindAll(OemText.Fold(wording)).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when the wording marks a severe / special-conditions schedule ("Severe usage",
    /// "Special Operating Conditions", "Schedule 1").</summary>
    public static bool MarksSevereSchedule(string wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return SevereMatcher.FindAll(OemText.Fold(wording)).Count > 0;
    }
}
