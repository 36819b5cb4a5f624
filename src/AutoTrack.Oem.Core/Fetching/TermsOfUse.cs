namespace AutoTrack.Oem;

/// <summary>An adapter's position on the source's terms of use. Adapters whose position is
/// <see cref="Unclear"/> or <see cref="ScrapingNotPermitted"/> are disabled unless an operator enables them.</summary>
public enum TermsOfUse
{
    /// <summary>Nobody has established what the source permits: disabled by default.</summary>
    Unclear,

    /// <summary>A documented API used within its terms (credentials issued to us).</summary>
    DocumentedApi,

    /// <summary>A document the manufacturer publishes for owners (a PDF guide), fetched like a browser would.</summary>
    PublicDocument,

    /// <summary>Portal pages whose terms permit automated reading.</summary>
    ScrapingPermitted,

    /// <summary>Portal pages whose terms forbid automated reading: never enabled by default.</summary>
    ScrapingNotPermitted,
}
