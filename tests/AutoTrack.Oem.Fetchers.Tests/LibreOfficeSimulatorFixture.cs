using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>One simulator per test class whose documents LibreOffice printed (one soffice run at start). Needs
/// LibreOffice Calc; build/test.sh installs it when missing and run as root, otherwise the simulator fails to start
/// with the command that installs it.</summary>
public sealed class LibreOfficeSimulatorFixture : SimulatorFixture
{
    protected override SimulatorOptions Options => new() { PdfProducer = SamplePdfProducer.LibreOffice };
}
