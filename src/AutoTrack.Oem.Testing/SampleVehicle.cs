namespace AutoTrack.Oem.Testing;

/// <summary>A vehicle the simulator serves a sample maintenance document for.</summary>
/// <param name="Vehicle">The vehicle (trim <see cref="TrimSelector.All"/>: the document covers every trim).</param>
/// <param name="Style">The document layout, one of <see cref="SampleDocumentStyles"/>.</param>
/// <param name="DocumentPath">The document's absolute path on the simulator ("/toyota/wmg/2021/camry.pdf"); several
/// model years may share one document.</param>
/// <param name="Schedule">What the document prints.</param>
public sealed record SampleVehicle(VehicleDescriptor Vehicle, string Style, string DocumentPath, SampleSchedule Schedule)
{
    /// <inheritdoc />
    public override string ToString() => $"{Vehicle} ({Style}, {DocumentPath})";
}
