using AutoTrack.Oem.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoTrack.Oem.Fetchers.Tests;

/// <summary>The packages keep a small public surface; everything else is internal.</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void Fetchers_exports_only_the_fetchers_their_options_the_user_agent_and_registration()
    {
        var exported = typeof(ToyotaWarrantyGuideFetcher).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "AutoTrack.Oem.Fetchers.Http.HostPolicy",
            "AutoTrack.Oem.Fetchers.Http.IHostSwitchboard",
            "AutoTrack.Oem.Fetchers.Http.OemHttpException",
            "AutoTrack.Oem.Fetchers.Http.OemHttpOptions",
            "AutoTrack.Oem.Fetchers.HyundaiMatrixPdfFetcher",
            "AutoTrack.Oem.Fetchers.HyundaiMatrixPdfOptions",
            "AutoTrack.Oem.Fetchers.OemPdfSourceOptions",
            "AutoTrack.Oem.Fetchers.OemUserAgent",
            "AutoTrack.Oem.Fetchers.ToyotaWarrantyGuideFetcher",
            "AutoTrack.Oem.Fetchers.ToyotaWarrantyGuideOptions",
            typeof(FetcherServiceCollectionExtensions).FullName!,
            typeof(OemHttpServiceCollectionExtensions).FullName!,
        ], exported);
    }

    [Fact]
    public void Testing_exports_the_simulator_and_the_sample_content_model()
    {
        var exported = typeof(OemSimulator).Assembly.GetExportedTypes();

        Assert.All(exported, t => Assert.Equal("AutoTrack.Oem.Testing", t.Namespace));
        Assert.DoesNotContain(exported, t => t.Name.EndsWith("Renderer", StringComparison.Ordinal) || t.Name is "DocumentStore" or "RequestLog");
    }
}
