namespace AutoTrack.Oem.Fetchers.Http;

/// <summary>
/// Thrown by the AutoTrack.Oem HTTP layer (see <c>AddOemHttpClient</c>) when it refuses or gives up on a request:
/// the <see cref="Outcome"/> is the <see cref="FetchOutcome"/> a fetcher should return and <see cref="Exception.Message"/>
/// the reason. Derives from <see cref="HttpRequestException"/>, so code unaware of it still sees a failed request.
/// </summary>
public sealed class OemHttpException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="outcome">The outcome to report.</param>
    /// <param name="message">The reason.</param>
    /// <param name="inner">The underlying failure, if any.</param>
    public OemHttpException(FetchOutcome outcome, string message, Exception? inner = null)
        : base(message, inner)
    {
        Outcome = outcome;
    }

    /// <summary>Creates the exception with <see cref="FetchOutcome.NetworkError"/>.</summary>
    public OemHttpException()
        : this(FetchOutcome.NetworkError, "The request failed.")
    {
    }

    /// <summary>Creates the exception with <see cref="FetchOutcome.NetworkError"/>.</summary>
    /// <param name="message">The reason.</param>
    public OemHttpException(string message)
        : this(FetchOutcome.NetworkError, message)
    {
    }

    /// <summary>Creates the exception with <see cref="FetchOutcome.NetworkError"/>.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The underlying failure.</param>
    public OemHttpException(string message, Exception innerException)
        : this(FetchOutcome.NetworkError, message, innerException)
    {
    }

    /// <summary>The outcome a fetcher should report.</summary>
    public FetchOutcome Outcome { get; }
}
