namespace AutoTrack.Oem;

/// <summary>
/// A source document, independent of the vehicles it covers: one warranty &amp; maintenance guide usually covers
/// every trim of a model year, sometimes several years. The pipeline fetches each document once per run and
/// fans the result out to every vehicle that resolves to it. Identity is the URL.
/// </summary>
/// <param name="Url">The document's absolute address.</param>
public sealed record DocumentReference(Uri Url)
{
    /// <inheritdoc />
    public override string ToString() => Url.ToString();
}
