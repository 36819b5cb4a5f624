using System.Diagnostics;
using System.Globalization;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// Converts OpenDocument files to PDF with one headless LibreOffice run
/// (<c>soffice --headless --norestore -env:UserInstallation=... --convert-to pdf --outdir ...</c>), in a temporary
/// folder of its own with a throwaway LibreOffice profile, deleted afterwards. LibreOffice missing or failing is an
/// exception naming the fix; nothing falls back to another producer.
/// </summary>
internal static class LibreOfficePrinter
{
    public const string InstallHint = "Install LibreOffice Calc (Debian: sudo apt-get install -y libreoffice-calc-nogui) so that 'soffice' is on PATH, then run again.";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The soffice executable on PATH, or null.</summary>
    public static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts each file (name with extension, e.g. "doc1.fods", to its content) and returns the PDFs by
    /// the same names.</summary>
    /// <exception cref="InvalidOperationException">soffice is not on PATH, fails, times out or leaves a file unconverted.</exception>
    public static async Task<Dictionary<string, byte[]>> ConvertAsync(IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken)
    {
        var soffice = FindSoffice() ?? throw new InvalidOperationException("The simulator was asked to print its PDFs with LibreOffice, but 'soffice' is not on PATH. " + InstallHint);
        var work = Directory.CreateTempSubdirectory("autotrack-libreoffice-");
        try
        {
            var input = work.CreateSubdirectory("in");
            var output = work.CreateSubdirectory("out");
            var profile = work.CreateSubdirectory("profile");
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--norestore", "-env:UserInstallation=" + new Uri(profile.FullName).AbsoluteUri, "--convert-to", "pdf", "--outdir", output.FullName })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, content) in files)
            {
                var path = Path.Combine(input.FullName, name);
                await File.WriteAllBytesAsync(path, content, cancellationToken).ConfigureAwait(false);
                start.ArgumentList.Add(path);
            }

            var (exitCode, log) = await RunAsync(start, cancellationToken).ConfigureAwait(false);
            var pdfs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var name in files.Keys)
            {
                var pdf = Path.Combine(output.FullName, Path.ChangeExtension(name, ".pdf"));
                if (!File.Exists(pdf))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"LibreOffice (exit code {exitCode}) did not convert {name} to PDF. Its output: {log}"));
                }

                pdfs[name] = await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false);
            }

            return pdfs;
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' could not be started. " + InstallHint);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"LibreOffice did not finish converting within {Timeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, (await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false)).Trim());
    }
}
