namespace AutoTrack.Oem;

/// <summary>One cell of a maintenance table row, exactly as printed, with its column header.</summary>
/// <param name="Header">The column's header text; multi-line headers joined with " / " (e.g. "Miles x 1,000 / 7.5 / Months / 6").</param>
/// <param name="Value">The cell text ("R", "I*", "A, B, E", "Every 7,500 miles").</param>
public sealed record RawCell(string Header, string Value);
