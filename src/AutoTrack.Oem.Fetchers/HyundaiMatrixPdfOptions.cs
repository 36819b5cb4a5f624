namespace AutoTrack.Oem.Fetchers;

/// <summary>Options of <see cref="HyundaiMatrixPdfFetcher"/>: where the Hyundai, Genesis and Kia maintenance
/// schedule PDFs are (see <see cref="OemPdfSourceOptions"/> for the document index).</summary>
public sealed class HyundaiMatrixPdfOptions : OemPdfSourceOptions;
