namespace AutoTrack.Oem.Testing.Internal;

/// <summary>A row of a <see cref="FlatSpreadsheet.Sheet"/>.</summary>
internal sealed record SheetRow(double Height, IReadOnlyList<SheetCell?> Cells)
{
    /// <summary>The row starts a new page.</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>The row belongs to the header rows LibreOffice repeats at the top of every page the sheet runs onto.</summary>
    public bool RepeatedHeader { get; init; }
}
