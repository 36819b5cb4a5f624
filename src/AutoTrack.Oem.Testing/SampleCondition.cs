namespace AutoTrack.Oem.Testing;

/// <summary>
/// An operating condition as a sample document prints it, with the canonical <see cref="OperatingConditions"/>
/// codes the wording means.
/// </summary>
/// <param name="Wording">The printed wording without punctuation around it ("Driving on dirt roads or dusty roads").</param>
/// <param name="Codes">The canonical condition codes the wording names, e.g. <see cref="OperatingConditions.DustyRoads"/>.</param>
public sealed record SampleCondition(string Wording, IReadOnlyList<string> Codes)
{
    /// <summary>The letter the condition has in a matrix document's condition legend ("A"); null in milestone guides,
    /// which print the wording itself as a sub-heading.</summary>
    public string? Letter { get; init; }
}
