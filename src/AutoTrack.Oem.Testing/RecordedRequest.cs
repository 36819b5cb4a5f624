namespace AutoTrack.Oem.Testing;

/// <summary>A request the simulator received, as far as tests care.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path ("/toyota/wmg/2021/camry.pdf").</param>
/// <param name="UserAgent">The User-Agent header, when sent.</param>
public sealed record RecordedRequest(string Method, string Path, string? UserAgent);
