namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>A cached access token and when it is to be renewed (its expiry minus the skew). ToString never shows the value.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RenewAt)
{
    public override string ToString() => $"access token (renew at {RenewAt:O})";
}
