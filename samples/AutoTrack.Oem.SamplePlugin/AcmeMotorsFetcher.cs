using System.Reflection;
using AutoTrack.Oem;

namespace Acme.AutoTrackPlugin;

/// <summary>
/// A sample third-party fetcher for the fictional make "Acme": it reads Acme's maintenance bulletin, shipped in
/// the plugin as a sample text document, into a <see cref="RawSchedule"/>. It exists to show how a plugin plugs
/// in: it depends on AutoTrack.Oem.Core only, and hosts find it by scanning, with no code change.
/// </summary>
public sealed class AcmeMotorsFetcher(TimeProvider time) : MaintenanceFetcher
{
    private static readonly Uri Bulletin = new("https://acme.example/owners/roadster-maintenance.txt");

    /// <inheritdoc />
    public override FetcherMetadata Metadata { get; } = new("acme-sample-plugin", "Acme", SourceKind.OemPdf, 200)
    {
        TermsOfUse = TermsOfUse.PublicDocument,
        AllowedHosts = ["acme.example"],
    };

    /// <inheritdoc />
    public override bool Supports(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return vehicle.MakeKey == "acme" && vehicle.ModelKey == "roadster";
    }

    /// <inheritdoc />
    public override async Task<FetchResult> FetchScheduleAsync(VehicleDescriptor vehicle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        cancellationToken.ThrowIfCancellationRequested();
        if (!Supports(vehicle))
        {
            return FetchResult.Failed(FetchOutcome.Unsupported, $"Acme publishes no bulletin for the {vehicle}.");
        }

        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Acme.AutoTrackPlugin.acme-roadster-maintenance.txt")!;
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var items = lines.Skip(1).Select((line, i) => new RawScheduleItem(line) { Location = new SourceLocation(Row: i + 1) }).ToList();
        return FetchResult.Success(new RawSchedule(Bulletin, SourceKind.OemPdf, time.GetUtcNow(), items) { Title = lines[0] });
    }
}
