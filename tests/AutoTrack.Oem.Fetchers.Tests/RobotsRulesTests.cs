using AutoTrack.Oem.Fetchers.Internal.Http;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>robots.txt parsing: our group over "*", longest match, Allow on ties, wildcards, Crawl-delay.</summary>
public sealed class RobotsRulesTests
{
    private const string Text = """
        User-agent: *
        Disallow: /

        User-agent: SomeBot
        User-agent: AutoTrack.Oem
        Disallow: /private/
        Allow: /private/guides/
        Disallow: /*.zip$
        Crawl-delay: 2.5
        """;

    [Theory]
    [InlineData("/toyota/camry.pdf", true)]
    [InlineData("/private/notes.pdf", false)]
    [InlineData("/private/guides/camry.pdf", true)]
    [InlineData("/files/all.zip", false)]
    [InlineData("/files/all.zip?x=1", true)]
    public void Our_group_applies_with_the_longest_match(string path, bool allowed)
    {
        var rules = RobotsRules.Parse(Text);

        Assert.Equal(allowed, rules.IsAllowed(path));
        Assert.Equal(TimeSpan.FromSeconds(2.5), rules.CrawlDelay);
    }

    [Fact]
    public void Without_our_group_the_star_group_applies()
    {
        var rules = RobotsRules.Parse("User-agent: Other\nDisallow:\n\nUser-agent: *\nDisallow: /guides/ # comment\nAllow: /guides/public\n");

        Assert.False(rules.IsAllowed("/guides/camry.pdf"));
        Assert.True(rules.IsAllowed("/guides/public/camry.pdf"));
        Assert.True(rules.IsAllowed("/other.pdf"));
        Assert.Null(rules.CrawlDelay);
    }

    [Fact]
    public void An_empty_file_allows_everything() => Assert.True(RobotsRules.Parse(string.Empty).IsAllowed("/anything"));
}
