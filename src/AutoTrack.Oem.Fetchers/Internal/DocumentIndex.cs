using System.Collections.Frozen;
using System.Globalization;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>The folded form of <see cref="OemPdfSourceOptions.Documents"/>: (year, make key, model key) to a path
/// relative to the base address. Malformed keys are left out (options validation reports them).</summary>
internal sealed class DocumentIndex
{
    private readonly FrozenDictionary<string, string> _paths;

    private DocumentIndex(FrozenDictionary<string, string> paths) => _paths = paths;

    public static DocumentIndex From(IEnumerable<KeyValuePair<string, string>> documents)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, path) in documents)
        {
            if (TryParseKey(key, out var folded) && !string.IsNullOrWhiteSpace(path))
            {
                paths[folded] = path.Trim().TrimStart('/');
            }
        }

        return new DocumentIndex(paths.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Reads "year/make/model" into its folded form "year|make key|model key".</summary>
    public static bool TryParseKey(string key, out string folded)
    {
        folded = string.Empty;
        var parts = key.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < VehicleDescriptor.MinimumYear || string.IsNullOrWhiteSpace(parts[1]) || string.IsNullOrWhiteSpace(parts[2]))
        {
            return false;
        }

        folded = Fold(year, VehicleNames.MakeKey(parts[1]), VehicleNames.ModelKey(parts[2]));
        return true;
    }

    public string? PathFor(VehicleDescriptor vehicle) =>
        _paths.GetValueOrDefault(Fold(vehicle.Year, vehicle.MakeKey, vehicle.ModelKey));

    /// <summary>The document's absolute address: the path resolved under the base address (treated as a folder).</summary>
    public static Uri Resolve(Uri baseAddress, string relativePath)
    {
        var folder = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        return new Uri(folder, relativePath);
    }

    private static string Fold(int year, string makeKey, string modelKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}|{makeKey}|{modelKey}");
}
