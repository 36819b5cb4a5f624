namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>A table column found from its header words: where it lies and its header text.</summary>
/// <param name="Header">The header, multi-line headers joined with " / " ("Miles x 1,000 / 7.5 / Months / 6").</param>
/// <param name="Left">The leftmost x of its header words.</param>
/// <param name="Right">The rightmost x of its header words.</param>
internal sealed record MatrixColumn(string Header, double Left, double Right)
{
    public double Centre => (Left + Right) / 2;
}
