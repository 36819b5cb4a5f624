using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutoTrack.Oem.Tests.Hashing;

public class ScheduleHasherTests
{
    private static readonly RawScheduleItem[] Guide =
    [
        Raw.Text("Replace engine oil and oil filter every 10,000 miles or 12 months, whichever comes first."),
        Raw.Text("Rotate tires every 5,000 miles."),
        Raw.Text("Replace engine coolant at 100,000 miles, then every 50,000 miles."),
        Raw.Text("Replace rear differential oil every 30,000 miles (AWD models only)."),
        Raw.Text("Replace engine oil every 5,000 miles or 6 months", "Special operating conditions / Towing a trailer"),
    ];

    private static ScheduleHash HashOf(params RawScheduleItem[] items) => ScheduleHasher.Compute(Raw.Normalize(items));

    [Fact]
    public void Item_order_does_not_change_the_hash()
    {
        Assert.Equal(HashOf(Guide), HashOf([.. Guide.Reverse()]));
    }

    [Fact]
    public void Whitespace_case_and_punctuation_do_not_change_the_hash()
    {
        var reformatted = Guide.Select(i => new RawScheduleItem("  " + i.Text.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal).TrimEnd('.') + "\n") { Section = i.Section }).ToArray();

        Assert.Equal(HashOf(Guide), HashOf(reformatted));
    }

    [Fact]
    public void Wording_only_changes_do_not_change_the_hash()
    {
        var reworded = Raw.Normalize(
            Raw.Text("Engine oil & filter: change every 10,000 mi / 12 mo."),
            Raw.Text("Tire rotation - every 5,000 miles (8,000 km)"),
            Raw.Text("Coolant: first replacement at 100,000 miles; thereafter every 50,000 miles"),
            Raw.Text("AWD models: change the rear differential fluid every 30,000 mi."),
            Raw.Text("Change the engine oil every 6 months or 5,000 miles", "Special Operating Conditions / Trailer towing"));

        Assert.Equal(ScheduleHasher.CanonicalForm(Raw.Normalize(Guide)), ScheduleHasher.CanonicalForm(reworded));
        Assert.Equal(HashOf(Guide), ScheduleHasher.Compute(reworded));
    }

    [Fact]
    public void Provenance_and_retrieval_details_do_not_change_the_hash()
    {
        var other = new RawSchedule(new Uri("https://mirror.example/other.pdf"), SourceKind.OemPortal, Raw.RetrievedAt.AddDays(9),
            [.. Guide.Select((i, n) => i with { Location = new SourceLocation(n + 3, n + 1, ["Item", "Interval"]) })])
        { DocumentRevision = "rev. 2" };

        Assert.Equal(HashOf(Guide), ScheduleHasher.Compute(new ScheduleNormalizer().Normalize(other)));
    }

    [Theory]
    [InlineData("Rotate tires every 7,500 miles.")]
    [InlineData("Rotate tires every 5,000 miles or 6 months.")]
    [InlineData("Inspect tires every 5,000 miles.")]
    [InlineData("Rotate tires at every oil change.")]
    public void A_change_of_meaning_changes_the_hash(string changedRotation)
    {
        var changed = Guide.Select(i => i.Text.StartsWith("Rotate", StringComparison.Ordinal) ? Raw.Text(changedRotation) : i).ToArray();

        Assert.NotEqual(HashOf(Guide).Sha256, HashOf(changed).Sha256);
    }

    [Fact]
    public void A_new_unrecognized_item_changes_the_hash()
    {
        Assert.NotEqual(HashOf(Guide).Sha256, HashOf([.. Guide, Raw.Text("Recalibrate the flux capacitor")]).Sha256);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void The_hash_is_the_same_in_every_culture(string culture)
    {
        var invariant = HashOf(Guide);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("İ", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
            Assert.Equal(invariant, HashOf(Guide));
            Assert.Equal(invariant, HashOf([.. Guide.Select(i => new RawScheduleItem(i.Text.ToUpper(CultureInfo.CurrentCulture)) { Section = i.Section })]));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void The_hash_is_SHA256_of_the_canonical_form_with_the_version_beside_it()
    {
        var schedule = Raw.Normalize(Guide);
        var hash = ScheduleHasher.Compute(schedule);

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ScheduleHasher.CanonicalForm(schedule))));
        Assert.Equal(expected, hash.Sha256);
        Assert.Equal(ScheduleNormalizer.Version, hash.NormalizerVersion);
        Assert.DoesNotContain(ScheduleNormalizer.Version, ScheduleHasher.CanonicalForm(schedule), StringComparison.Ordinal);
    }

    [Fact]
    public void The_canonical_form_excludes_wording_and_provenance()
    {
        var form = ScheduleHasher.CanonicalForm(Raw.Normalize(Guide));

        Assert.DoesNotContain("Replace", form, StringComparison.Ordinal);
        Assert.DoesNotContain("guide.pdf", form, StringComparison.Ordinal);
        Assert.DoesNotContain("lead", form, StringComparison.Ordinal);
        Assert.DoesNotContain(" ", form, StringComparison.Ordinal);
    }

    /// <summary>Committed vectors pin the canonical form and hash: a change here is a deliberate, versioned change.</summary>
    [Theory]
    [MemberData(nameof(Vectors))]
    public void Committed_test_vectors_still_hash_the_same(string name, string[] items, string canonical, string sha256)
    {
        var schedule = Raw.Normalize([.. items.Select(ParseItem)]);

        Assert.True(canonical == ScheduleHasher.CanonicalForm(schedule), $"{name}: canonical form changed to {ScheduleHasher.CanonicalForm(schedule)}");
        Assert.Equal(sha256, ScheduleHasher.Compute(schedule).Sha256);
    }

    public static TheoryData<string, string[], string, string> Vectors()
    {
        var data = new TheoryData<string, string[], string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "TestVectors", "schedule-hashes.txt");
        foreach (var block in File.ReadAllText(path).Split("\n---\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var name = lines[0]["name: ".Length..];
            var items = lines.Where(l => l.StartsWith("item: ", StringComparison.Ordinal)).Select(l => l["item: ".Length..]).ToArray();
            var canonical = lines.Single(l => l.StartsWith("canonical: ", StringComparison.Ordinal))["canonical: ".Length..];
            var sha = lines.Single(l => l.StartsWith("sha256: ", StringComparison.Ordinal))["sha256: ".Length..];
            data.Add(name, items, canonical, sha);
        }

        return data;
    }

    // "section >> text" or just "text".
    private static RawScheduleItem ParseItem(string line)
    {
        var parts = line.Split(" >> ");
        return parts.Length == 2 ? Raw.Text(parts[1], parts[0]) : Raw.Text(line);
    }
}
