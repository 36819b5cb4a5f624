using System.Collections.Frozen;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>The makes a sample adapter's source covers, folded like <see cref="VehicleDescriptor.MakeKey"/>; none
/// listed means every make (the source then answers 404 for the vehicles it does not list).</summary>
internal sealed class MakeFilter
{
    private readonly FrozenSet<string> _keys;

    private MakeFilter(FrozenSet<string> keys) => _keys = keys;

    public static MakeFilter From(IEnumerable<string>? makes) =>
        new((makes ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(VehicleNames.MakeKey).ToFrozenSet(StringComparer.Ordinal));

    public bool Covers(VehicleDescriptor vehicle) => _keys.Count == 0 || _keys.Contains(vehicle.MakeKey);
}
