namespace AutoTrack.Oem.Testing;

/// <summary>What prints the simulator's sample PDFs (<see cref="SimulatorOptions.PdfProducer"/>). The two lay the same
/// content out differently (fonts, spacing, word boundaries, page breaks, metadata), so readers can be checked to
/// read the same schedule from both.</summary>
public enum SamplePdfProducer
{
    /// <summary>PdfPig's PDF builder, in process, each document on first request (the default).</summary>
    PdfPig,

    /// <summary>LibreOffice Calc (<c>soffice --headless --convert-to pdf</c>): every document of the catalog is written
    /// as an OpenDocument spreadsheet and converted in one LibreOffice run when the simulator starts. Needs
    /// <c>soffice</c> on PATH (Debian: <c>apt-get install -y libreoffice-calc-nogui</c>); without it the simulator
    /// does not start. Milestone guides are printed in one column.</summary>
    LibreOffice,
}
