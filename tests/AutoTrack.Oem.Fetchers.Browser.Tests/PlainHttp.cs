namespace AutoTrack.Oem.Fetchers.Browser.Tests;

/// <summary>One plain <see cref="HttpClient"/> for fetchers built by hand (the conditional HEAD before a render); the
/// registration tests cover the client DI gives them.</summary>
internal static class PlainHttp
{
    public static HttpClient Client { get; } = new();
}
