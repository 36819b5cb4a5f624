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
            "AutoTrack.Oem.Fetchers.ApiAuthenticationKind",
            "AutoTrack.Oem.Fetchers.ApiAuthenticationOptions",
            "AutoTrack.Oem.Fetchers.HtmlPortalFetcher",
            "AutoTrack.Oem.Fetchers.HtmlPortalOptions",
            "AutoTrack.Oem.Fetchers.Http.HostPolicy",
            "AutoTrack.Oem.Fetchers.Http.IHostRequestBudget",
            "AutoTrack.Oem.Fetchers.Http.IHostSwitchboard",
            "AutoTrack.Oem.Fetchers.Http.InMemoryHostRequestBudget",
            "AutoTrack.Oem.Fetchers.Http.OemHttpException",
            "AutoTrack.Oem.Fetchers.Http.OemHttpOptions",
            "AutoTrack.Oem.Fetchers.HyundaiMatrixPdfFetcher",
            "AutoTrack.Oem.Fetchers.HyundaiMatrixPdfOptions",
            "AutoTrack.Oem.Fetchers.ITokenStore",
            "AutoTrack.Oem.Fetchers.InMemoryTokenStore",
            "AutoTrack.Oem.Fetchers.JsonApiFetcher",
            "AutoTrack.Oem.Fetchers.JsonApiOptions",
            "AutoTrack.Oem.Fetchers.OemPdfFetcher",
            "AutoTrack.Oem.Fetchers.OemPdfSourceOptions",
            "AutoTrack.Oem.Fetchers.OemUserAgent",
            "AutoTrack.Oem.Fetchers.PortalFetcher",
            "AutoTrack.Oem.Fetchers.SampleHtmlPortalFetcher",
            "AutoTrack.Oem.Fetchers.SampleHtmlPortalOptions",
            "AutoTrack.Oem.Fetchers.SampleOemApiFetcher",
            "AutoTrack.Oem.Fetchers.SampleOemApiOptions",
            "AutoTrack.Oem.Fetchers.ToyotaWarrantyGuideFetcher",
            "AutoTrack.Oem.Fetchers.ToyotaWarrantyGuideOptions",
            typeof(ApiFetcherServiceCollectionExtensions).FullName!,
            typeof(FetcherServiceCollectionExtensions).FullName!,
            typeof(HtmlPortalServiceCollectionExtensions).FullName!,
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
