using System.Text.RegularExpressions;
using Xunit;

namespace AutoTrack.Oem.Testing;

#pragma warning disable CA1707 // Test names read as sentences, as in the rest of our tests.


/// <summary>
/// The conformance kit: inherit this class in your test project, point your fetcher at the simulator, and the
/// inherited tests prove that it declares what it supports, honours cancellation, reports outcomes instead of
/// throwing, stays on its allow-listed hosts, yields a raw schedule the normalizer understands, and - when it resolves
/// documents - answers a conditional fetch with the validators it just returned as not modified.
/// </summary>
/// <example>
/// <code>
/// public sealed class MyFetcherConformance : FetcherConformanceTests
/// {
///     protected override MaintenanceFetcher CreateFetcher(OemSimulator simulator) => new MyFetcher(new HttpClient(), simulator.BaseAddress);
///     protected override VehicleDescriptor SupportedVehicle => VehicleDescriptor.Create(2021, "Toyota", "Camry");
/// }
/// </code>
/// </example>
public abstract partial class FetcherConformanceTests : IAsyncLifetime
{
    private OemSimulator? _simulator;

    /// <summary>The simulator your fetcher reads from (started before each test, stopped after).</summary>
    protected OemSimulator Simulator => _simulator ?? throw new InvalidOperationException("The simulator starts in InitializeAsync.");

    /// <summary>Options for the simulator (override to serve your own sample catalog).</summary>
    protected virtual SimulatorOptions SimulatorOptions => new();

    /// <summary>A vehicle your fetcher supports and the simulator serves a document for.</summary>
    protected abstract VehicleDescriptor SupportedVehicle { get; }

    /// <summary>A vehicle your fetcher does not support.</summary>
    protected virtual VehicleDescriptor UnsupportedVehicle => VehicleDescriptor.Create(2021, "Conformance", "Nobody Makes This");

    /// <summary>Creates your fetcher, configured to read from <paramref name="simulator"/>.</summary>
    protected abstract MaintenanceFetcher CreateFetcher(OemSimulator simulator);

    /// <inheritdoc />
    public virtual async Task InitializeAsync() => _simulator = await OemSimulator.StartAsync(SimulatorOptions).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The fetcher names itself (lower-case, dashes), its manufacturer, source kind and priority.</summary>
    [Fact]
    public void Declares_its_metadata()
    {
        var metadata = CreateFetcher(Simulator).Metadata;

        Assert.NotNull(metadata);
        Assert.Matches(StableName(), metadata.Name);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Manufacturer), "Metadata.Manufacturer is empty");
        Assert.InRange(metadata.Priority, 0, 10_000);
        Assert.True(Enum.IsDefined(metadata.SourceKind));
        Assert.True(Enum.IsDefined(metadata.TermsOfUse));
    }

    /// <summary>Supports() says yes to its vehicle and no to others, without I/O.</summary>
    [Fact]
    public void Declares_what_it_supports()
    {
        var fetcher = CreateFetcher(Simulator);
        var before = Simulator.Requests.Count;

        Assert.True(fetcher.Supports(SupportedVehicle), $"{fetcher} should support {SupportedVehicle}");
        Assert.False(fetcher.Supports(UnsupportedVehicle), $"{fetcher} should not support {UnsupportedVehicle}");
        Assert.Equal(before, Simulator.Requests.Count);
    }

    /// <summary>An unsupported vehicle is an outcome, not an exception.</summary>
    [Fact]
    public async Task Reports_an_unsupported_vehicle_as_an_outcome()
    {
        var result = await CreateFetcher(Simulator).FetchScheduleAsync(UnsupportedVehicle, CancellationToken.None);

        Assert.Equal(FetchOutcome.Unsupported, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason), "a failed fetch needs a reason");
    }

    /// <summary>A cancelled token stops the fetch with OperationCanceledException (or a Cancelled outcome).</summary>
    [Fact]
    public async Task Honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        try
        {
            var result = await CreateFetcher(Simulator).FetchScheduleAsync(SupportedVehicle, cancelled.Token);
            Assert.Equal(FetchOutcome.Cancelled, result.Outcome);
        }
        catch (OperationCanceledException)
        {
            // The expected way to honour cancellation.
        }
    }

    /// <summary>Its raw schedule normalizes into services with nothing left unrecognized, and validates.</summary>
    [Fact]
    public async Task Yields_a_raw_schedule_that_normalizes()
    {
        var result = await CreateFetcher(Simulator).FetchScheduleAsync(SupportedVehicle, CancellationToken.None);

        Assert.True(result.Outcome == FetchOutcome.Success, $"expected success, got {result.Outcome}: {result.Reason}");
        Assert.NotNull(result.Schedule);
        var schedule = new ScheduleNormalizer().Normalize(result.Schedule);
        Assert.NotEmpty(schedule.Services);
        Assert.Empty(schedule.Unrecognized);
        var verdict = new ScheduleValidator().Validate(schedule);
        Assert.True(verdict.IsPublishable, verdict.Reasons);
    }

    /// <summary>Everything it read came from the simulator or its allow-listed hosts.</summary>
    [Fact]
    public async Task Stays_on_its_allow_listed_hosts()
    {
        var fetcher = CreateFetcher(Simulator);
        var result = await fetcher.FetchScheduleAsync(SupportedVehicle, CancellationToken.None);

        var allowed = fetcher.Metadata.AllowedHosts.Append(Simulator.BaseAddress.Host).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hosts = new[] { result.Schedule?.SourceUrl, result.Document?.Url }.Where(u => u is not null).Select(u => u!.Host);
        Assert.All(hosts, host => Assert.Contains(host, allowed));
        Assert.True(Simulator.Requests.Count > 0 || fetcher.Metadata.AllowedHosts.Count > 0,
            "the fetcher read nothing from the simulator; point it at Simulator.BaseAddress");
    }

    /// <summary>A fetcher that resolves documents (<see cref="MaintenanceFetcher.ResolveDocument"/>) reads the document
    /// and keeps it, with its validators, on the result; asked again with those validators it answers
    /// <see cref="FetchOutcome.NotModified"/>, so the pipeline's next run costs no download, no parse and no write. A
    /// fetcher that fetches per vehicle (no document) must say so by refusing document fetches.</summary>
    [Fact]
    public async Task Answers_not_modified_for_the_validators_it_just_returned()
    {
        var fetcher = CreateFetcher(Simulator);
        if (fetcher.ResolveDocument(SupportedVehicle) is not { } document)
        {
            await Assert.ThrowsAsync<NotSupportedException>(() =>
                fetcher.FetchDocumentAsync(new DocumentReference(Simulator.BaseAddress), null, CancellationToken.None)).ConfigureAwait(false);
            return;
        }

        var first = await fetcher.FetchDocumentAsync(document, null, CancellationToken.None).ConfigureAwait(false);
        Assert.True(first.Outcome == FetchOutcome.Success, $"expected success, got {first.Outcome}: {first.Reason}");
        var stored = first.Document;
        Assert.True(stored is not null, "a document fetch must return the document it read (FetchResult.Document) so it can be stored");
        Assert.True(stored.ETag is not null || stored.LastModified is not null,
            $"the simulator sends an ETag and Last-Modified for {document}; the fetcher must keep them on the SourceDocument");

        var again = await fetcher.FetchDocumentAsync(document, new DocumentValidators(stored.ETag, stored.LastModified, stored.Sha256), CancellationToken.None).ConfigureAwait(false);

        Assert.True(again.Outcome == FetchOutcome.NotModified, $"expected NotModified for the validators just returned, got {again.Outcome}: {again.Reason}");
        Assert.Null(again.Schedule);
    }


    /// <summary>The faults every HTTP-based fetcher must turn into a failure outcome with a reason, and the outcomes accepted for each.</summary>
    public static TheoryData<string> FaultNames => [.. AcceptedOutcomes.Keys];

    private static readonly Dictionary<string, (Fault Fault, FetchOutcome[] Outcomes)> AcceptedOutcomes = new(StringComparer.Ordinal)
    {
        ["server_error"] = (Fault.ServerError(500, times: null), [FetchOutcome.HttpError]),
        ["too_many_requests"] = (Fault.TooManyRequests(1, times: null), [FetchOutcome.RateLimited, FetchOutcome.HttpError]),
        ["connection_reset"] = (Fault.ConnectionReset(), [FetchOutcome.NetworkError, FetchOutcome.InvalidResponse]),
        ["wrong_content_type"] = (Fault.WrongContentType(), [FetchOutcome.InvalidResponse, FetchOutcome.ParseError, FetchOutcome.LayoutDrift]),
        ["truncated_body"] = (Fault.TruncatedBody(), [FetchOutcome.InvalidResponse, FetchOutcome.NetworkError, FetchOutcome.ParseError]),
    };

    /// <summary>Each fault on the paths the fetcher reads ends in its failure outcome with a reason, never an exception.</summary>
    [Theory]
    [MemberData(nameof(FaultNames))]
    public async Task Reports_the_outcome_of_each_fault(string fault)
    {
        var paths = await LearnPathsAsync().ConfigureAwait(false);
        var (injected, accepted) = AcceptedOutcomes[fault];
        foreach (var path in paths)
        {
            Simulator.Faults.Inject(path, injected);
        }

        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var result = await CreateFetcher(Simulator).FetchScheduleAsync(SupportedVehicle, patience.Token).ConfigureAwait(false);

            Assert.True(accepted.Contains(result.Outcome), $"{fault}: expected one of {string.Join(", ", accepted)}, got {result.Outcome} ({result.Reason})");
            Assert.False(string.IsNullOrWhiteSpace(result.Reason), "a failed fetch needs a reason");
        }
        finally
        {
            Simulator.Faults.Clear();
        }
    }

    /// <summary>A redirect to a host that is not allow-listed is refused: the other host receives nothing.</summary>
    [Fact]
    public async Task Never_follows_a_redirect_to_a_host_that_is_not_allow_listed()
    {
        var paths = await LearnPathsAsync().ConfigureAwait(false);
        await using var foreign = await OemSimulator.StartAsync().ConfigureAwait(false);
        foreach (var path in paths)
        {
            Simulator.Faults.Inject(path, Fault.RedirectTo(new Uri(foreign.BaseAddress, path.TrimStart('/'))));
        }

        try
        {
            var result = await CreateFetcher(Simulator).FetchScheduleAsync(SupportedVehicle, CancellationToken.None).ConfigureAwait(false);

            Assert.NotEqual(FetchOutcome.Success, result.Outcome);
            Assert.Empty(foreign.Requests);
        }
        finally
        {
            Simulator.Faults.Clear();
        }
    }

    /// <summary>The simulator paths a successful fetch of <see cref="SupportedVehicle"/> reads (robots.txt aside).</summary>
    private async Task<IReadOnlyList<string>> LearnPathsAsync()
    {
        var before = Simulator.Requests.Count;
        var result = await CreateFetcher(Simulator).FetchScheduleAsync(SupportedVehicle, CancellationToken.None).ConfigureAwait(false);
        Assert.True(result.Outcome == FetchOutcome.Success, $"the fault tests need a working fetch first; got {result.Outcome}: {result.Reason}");
        var paths = Simulator.Requests.Skip(before).Select(r => r.Path).Where(p => !p.EndsWith("/robots.txt", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(paths);
        return paths;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StableName();
}
