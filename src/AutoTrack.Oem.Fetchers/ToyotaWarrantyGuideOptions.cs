namespace AutoTrack.Oem.Fetchers;

/// <summary>Options of <see cref="ToyotaWarrantyGuideFetcher"/>: where the Toyota and Lexus Warranty &amp;
/// Maintenance Guides are (see <see cref="OemPdfSourceOptions"/> for the document index).</summary>
public sealed class ToyotaWarrantyGuideOptions : OemPdfSourceOptions;
