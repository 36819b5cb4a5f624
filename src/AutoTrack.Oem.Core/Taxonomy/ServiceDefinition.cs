namespace AutoTrack.Oem;

/// <summary>One canonical service of the taxonomy.</summary>
public sealed record ServiceDefinition
{
    /// <summary>Creates a definition.</summary>
    public ServiceDefinition(string code, string displayName, ServiceAction defaultAction, IReadOnlyList<string> synonyms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(synonyms);
        Code = code;
        DisplayName = displayName;
        DefaultAction = defaultAction;
        Synonyms = synonyms;
    }

    /// <summary>The stable snake_case code ("cabin_air_filter").</summary>
    public string Code { get; }

    /// <summary>An English display name ("Cabin air filter").</summary>
    public string DisplayName { get; }

    /// <summary>The action assumed when the wording names none ("Engine oil: 10,000 miles" is a replacement).</summary>
    public ServiceAction DefaultAction { get; }

    /// <summary>Phrases OEMs use for this service, lower case, singular ("dust and pollen filter").</summary>
    public IReadOnlyList<string> Synonyms { get; }

    /// <summary>A change to this service raises an alert (brakes, timing belt, steering, ...).</summary>
    public bool SafetyCritical { get; init; }

    /// <summary>A core service: when a schedule that had it no longer does, the source's layout probably drifted.</summary>
    public bool Core { get; init; }

    /// <summary>The plausible interval range.</summary>
    public IntervalBounds Bounds { get; init; } = IntervalBounds.Default;

    /// <summary>When the wording's action is one of these keys, the item is really the mapped service
    /// (an inspection item "tires" that is rotated is <c>tire_rotation</c>).</summary>
    public IReadOnlyDictionary<ServiceAction, string> ActionRedirects { get; init; } = new Dictionary<ServiceAction, string>();
}
