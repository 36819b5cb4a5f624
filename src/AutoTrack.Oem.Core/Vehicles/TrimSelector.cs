namespace AutoTrack.Oem;

/// <summary>
/// Which trim of a model a schedule or vehicle refers to. "All trims" (a schedule that covers every trim)
/// and "trim unknown" (a vehicle whose trim nobody told us) are explicit values, distinct from each other
/// and from any named trim, so that storage keys never depend on NULL.
/// </summary>
public readonly record struct TrimSelector
{
    /// <summary>The storage key of <see cref="All"/>.</summary>
    public const string AllKey = "(all)";

    /// <summary>The storage key of <see cref="Unknown"/>.</summary>
    public const string UnknownKey = "(unknown)";

    private readonly string? _key;

    private TrimSelector(string key, string? name)
    {
        _key = key;
        Name = name;
    }

    /// <summary>Every trim of the model (a schedule that does not vary by trim).</summary>
    public static TrimSelector All { get; } = new(AllKey, null);

    /// <summary>The vehicle's trim is not known. This is also the value of <c>default(TrimSelector)</c>.</summary>
    public static TrimSelector Unknown => default;

    /// <summary>The case-folded key stored in key columns.</summary>
    public string Key => _key ?? UnknownKey;

    /// <summary>The trim's display name; <see langword="null"/> for <see cref="All"/> and <see cref="Unknown"/>.</summary>
    public string? Name { get; }

    /// <summary>True for <see cref="All"/>.</summary>
    public bool IsAll => Key == AllKey;

    /// <summary>True for <see cref="Unknown"/>.</summary>
    public bool IsUnknown => Key == UnknownKey;

    /// <summary>A named trim ("LE", "XSE V6"). Blank names and the words "all"/"any" are rejected or mapped:
    /// use <see cref="All"/> or <see cref="Unknown"/> explicitly, or <see cref="Parse"/> for user input.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public static TrimSelector Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var display = Internal.TextFolding.CollapseWhitespace(name);
        return new TrimSelector(Internal.TextFolding.FoldKey(display), display);
    }

    /// <summary>Reads user or document input: blank is <see cref="Unknown"/>; "all", "all trims", "*" and the
    /// stored keys map to their explicit values; anything else is a named trim.</summary>
    public static TrimSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unknown;
        }

        var folded = Internal.TextFolding.FoldKey(text);
        return folded switch
        {
            AllKey or "*" or "all" or "all trims" or "all models" or "any" => All,
            UnknownKey or "unknown" or "?" => Unknown,
            _ => Named(text),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Name ?? Key;
}
