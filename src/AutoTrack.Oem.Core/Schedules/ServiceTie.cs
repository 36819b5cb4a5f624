namespace AutoTrack.Oem;

/// <summary>A service done together with another one: "at every oil change" (every 1), "at every other oil
/// change" (every 2).</summary>
/// <param name="Code">The other service's code.</param>
/// <param name="Every">1 for every occurrence of the other service, 2 for every other one, and so on.</param>
public sealed record ServiceTie(string Code, int Every);
