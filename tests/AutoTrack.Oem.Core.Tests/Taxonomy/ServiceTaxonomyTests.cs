namespace AutoTrack.Oem.Tests.Taxonomy;

public class ServiceTaxonomyTests
{
    private static readonly ServiceTaxonomy Taxonomy = ServiceTaxonomy.Default;

    [Fact]
    public void The_default_taxonomy_has_at_least_thirty_documented_codes()
    {
        Assert.True(Taxonomy.Definitions.Count >= 30, $"{Taxonomy.Definitions.Count} codes");
        var constants = typeof(ServiceCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.Equal(constants.Order(), Taxonomy.Definitions.Select(d => d.Code).Order());
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestVectors", "taxonomy.md"));
        Assert.All(Taxonomy.Definitions, d => Assert.Contains($"`{d.Code}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_are_snake_case_and_bounds_are_ordered()
    {
        Assert.All(Taxonomy.Definitions, d =>
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", d.Code);
            Assert.True(d.Bounds.MinMiles < d.Bounds.MaxMiles && d.Bounds.MinMonths < d.Bounds.MaxMonths, d.Code);
        });
    }

    [Fact]
    public void No_synonym_names_two_services()
    {
        var owners = Taxonomy.Definitions
            .SelectMany(d => d.Synonyms.Select(s => (Key: string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)), d.Code)))
            .GroupBy(p => p.Key)
            .Where(g => g.Select(p => p.Code).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(owners);
    }

    [Theory]
    [InlineData("Dust and pollen filter", "cabin_air_filter")]
    [InlineData("Passenger compartment air filter", "cabin_air_filter")]
    [InlineData("Cabin air filter", "cabin_air_filter")]
    [InlineData("Climate control air filter", "cabin_air_filter")]
    [InlineData("A/C filter", "cabin_air_filter")]
    [InlineData("Air cleaner element", "engine_air_filter")]
    [InlineData("Tyres", "tire_inspection")]
    [InlineData("Antifreeze", "engine_coolant")]
    [InlineData("Serpentine belt", "drive_belt")]
    [InlineData("CVT fluid", "transmission_fluid")]
    [InlineData("Rear axle lubricant", "rear_differential_fluid")]
    [InlineData("Brake pads and discs", "brake_pads")]
    [InlineData("Parking brake", "parking_brake")]
    [InlineData("Propeller shaft", "drive_shaft_boots")]
    public void Synonyms_per_OEM_wording_map_to_one_code(string wording, string code)
    {
        Assert.Equal([code], Taxonomy.Recognize(wording));
    }

    [Fact]
    public void Safety_critical_and_core_flags_are_set_where_documented()
    {
        Assert.True(Taxonomy[ServiceCodes.TimingBelt].SafetyCritical);
        Assert.True(Taxonomy[ServiceCodes.BrakeFluid].SafetyCritical);
        Assert.True(Taxonomy[ServiceCodes.BrakeInspection].SafetyCritical);
        Assert.False(Taxonomy[ServiceCodes.CabinAirFilter].SafetyCritical);
        Assert.True(Taxonomy[ServiceCodes.OilChange].Core);
        Assert.Equal(new IntervalBounds(1_000, 25_000, 1, 24), Taxonomy[ServiceCodes.OilChange].Bounds);
    }

    [Fact]
    public void A_custom_taxonomy_rejects_duplicate_codes_and_unknown_compounds()
    {
        var oil = new ServiceDefinition("oil", "Oil", ServiceAction.Replace, ["oil"]);

        Assert.Throws<ArgumentException>(() => new ServiceTaxonomy([oil, oil]));
        Assert.Throws<ArgumentException>(() => new ServiceTaxonomy([oil], new Dictionary<string, string[]> { ["oil and filter"] = ["oil", "filter"] }));
        Assert.Throws<KeyNotFoundException>(() => Taxonomy["no_such_code"]);
    }

    [Fact]
    public void Fetch_outcome_codes_round_trip_and_classify()
    {
        Assert.All(Enum.GetValues<FetchOutcome>(), o => Assert.Equal(o, FetchOutcomeExtensions.ParseCode(o.Code())));
        Assert.Equal(Enum.GetValues<FetchOutcome>().Length, Enum.GetValues<FetchOutcome>().Select(o => o.Code()).Distinct().Count());
        Assert.False(FetchOutcome.NotModified.IsFailure());
        Assert.False(FetchOutcome.SkippedNoBrowser.IsFailure());
        Assert.True(FetchOutcome.LayoutDrift.IsFailure());
        Assert.True(FetchOutcome.RateLimited.IsTransient());
        Assert.False(FetchOutcome.ParseError.IsTransient());
        Assert.True(FetchOutcome.AuthenticationFailed.IsFailure());
        Assert.False(FetchOutcome.AuthenticationFailed.IsTransient());
        Assert.Throws<FormatException>(() => FetchOutcomeExtensions.ParseCode("nope"));
        Assert.Throws<ArgumentException>(() => FetchResult.Failed(FetchOutcome.Success, "x"));
        Assert.All(Enum.GetValues<ServiceAction>(), a => Assert.Equal(a, ServiceActionExtensions.ParseCode(a.Code())));
    }
}
