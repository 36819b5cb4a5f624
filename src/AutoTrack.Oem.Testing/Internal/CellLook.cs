namespace AutoTrack.Oem.Testing.Internal;

/// <summary>How a cell's text looks.</summary>
internal sealed record CellLook(double Size, bool Bold = false, bool Italic = false, CellAlign Align = CellAlign.Start, bool RuleBelow = false);
