namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Horizontal alignment of a cell's text.</summary>
internal enum CellAlign
{
    Start,
    Centre,
    End,
}
