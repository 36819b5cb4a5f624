using AutoTrack.Oem.Testing;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>Without soffice the simulator refuses to start and names the fix; it never prints with PdfPig instead.</summary>
[Collection(nameof(ProcessEnvironmentTests))]
public sealed class MissingLibreOfficeTests
{
    [Fact]
    public async Task A_simulator_asked_for_LibreOffice_without_soffice_on_PATH_fails_with_the_install_command()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var empty = Directory.CreateTempSubdirectory("autotrack-no-soffice-");
        Environment.SetEnvironmentVariable("PATH", empty.FullName);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                OemSimulator.StartAsync(new SimulatorOptions { PdfProducer = SamplePdfProducer.LibreOffice }));

            Assert.Contains("soffice", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install -y libreoffice-calc-nogui", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            empty.Delete();
        }
    }
}
