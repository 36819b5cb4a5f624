namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>Every browser test shares one <see cref="BrowserFixture"/>: one Chromium per test assembly.</summary>
[CollectionDefinition(BrowserFixture.Collection)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>;
