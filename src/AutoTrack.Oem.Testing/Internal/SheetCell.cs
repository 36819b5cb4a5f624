namespace AutoTrack.Oem.Testing.Internal;

/// <summary>A cell's text and look.</summary>
internal sealed record SheetCell(string Text, CellLook Look);
