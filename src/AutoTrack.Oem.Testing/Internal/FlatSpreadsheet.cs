using System.Globalization;
using System.Text;
using System.Xml;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>
/// An OpenDocument flat spreadsheet (.fods) for LibreOffice to print: one sheet per table (each starts a new page),
/// fixed column widths and row heights, Liberation Sans text, no grid, and the
/// <see cref="SampleSchedule.SampleLabel"/> and "Page N" in the footer of every page. Text longer than its cell runs
/// on over the empty cells to its right, as in a spreadsheet.
/// </summary>
internal sealed class FlatSpreadsheet(double pageWidth, double pageHeight, double margin)
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    private readonly List<Sheet> _sheets = [];

    /// <summary>Adds a sheet whose columns have these widths (points).</summary>
    public Sheet AddSheet(string name, IReadOnlyList<double> columnWidths)
    {
        var sheet = new Sheet(name, columnWidths);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] ToBytes()
    {
        var cellStyles = _sheets.SelectMany(s => s.Rows).SelectMany(r => r.Cells).OfType<SheetCell>().Select(c => c.Look).Distinct().ToList();
        var rowStyles = _sheets.SelectMany(s => s.Rows).Select(r => (r.Height, r.PageBreakBefore)).Distinct().ToList();
        var columnStyles = _sheets.SelectMany(s => s.ColumnWidths).Distinct().ToList();

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("office", "document", Office);
            foreach (var (prefix, ns) in new[] { ("style", Style), ("text", Text), ("table", Table), ("fo", Fo), ("svg", Svg) })
            {
                xml.WriteAttributeString("xmlns", prefix, null, ns);
            }

            xml.WriteAttributeString("version", Office, "1.2");
            xml.WriteAttributeString("mimetype", Office, "application/vnd.oasis.opendocument.spreadsheet");

            xml.WriteStartElement("font-face-decls", Office);
            xml.WriteStartElement("font-face", Style);
            xml.WriteAttributeString("name", Style, "Liberation Sans");
            xml.WriteAttributeString("font-family", Svg, "'Liberation Sans'");
            xml.WriteAttributeString("font-family-generic", Style, "swiss");
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("styles", Office);
            xml.WriteStartElement("style", Style);
            xml.WriteAttributeString("name", Style, "Default");
            xml.WriteAttributeString("family", Style, "table-cell");
            xml.WriteStartElement("text-properties", Style);
            xml.WriteAttributeString("font-name", Style, "Liberation Sans");
            xml.WriteAttributeString("font-size", Fo, "8pt");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("automatic-styles", Office);
            WritePageLayout(xml);
            for (var i = 0; i < columnStyles.Count; i++)
            {
                xml.WriteStartElement("style", Style);
                xml.WriteAttributeString("name", Style, Name("co", i));
                xml.WriteAttributeString("family", Style, "table-column");
                xml.WriteStartElement("table-column-properties", Style);
                xml.WriteAttributeString("column-width", Style, Points(columnStyles[i]));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            for (var i = 0; i < rowStyles.Count; i++)
            {
                xml.WriteStartElement("style", Style);
                xml.WriteAttributeString("name", Style, Name("ro", i));
                xml.WriteAttributeString("family", Style, "table-row");
                xml.WriteStartElement("table-row-properties", Style);
                xml.WriteAttributeString("row-height", Style, Points(rowStyles[i].Height));
                xml.WriteAttributeString("use-optimal-row-height", Style, "false");
                if (rowStyles[i].PageBreakBefore)
                {
                    xml.WriteAttributeString("break-before", Fo, "page");
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteStartElement("style", Style);
            xml.WriteAttributeString("name", Style, "ta");
            xml.WriteAttributeString("family", Style, "table");
            xml.WriteAttributeString("master-page-name", Style, "sample");
            xml.WriteStartElement("table-properties", Style);
            xml.WriteAttributeString("display", Table, "true");
            xml.WriteEndElement();
            xml.WriteEndElement();

            for (var i = 0; i < cellStyles.Count; i++)
            {
                WriteCellStyle(xml, Name("ce", i), cellStyles[i]);
            }

            xml.WriteEndElement();

            xml.WriteStartElement("master-styles", Office);
            xml.WriteStartElement("master-page", Style);
            xml.WriteAttributeString("name", Style, "sample");
            xml.WriteAttributeString("page-layout-name", Style, "page");
            xml.WriteStartElement("header", Style);
            xml.WriteAttributeString("display", Style, "false");
            xml.WriteEndElement();
            xml.WriteStartElement("footer", Style);
            xml.WriteStartElement("region-left", Style);
            xml.WriteElementString("p", Text, SampleSchedule.SampleLabel);
            xml.WriteEndElement();
            xml.WriteStartElement("region-right", Style);
            xml.WriteStartElement("p", Text);
            xml.WriteString("Page ");
            xml.WriteElementString("page-number", Text, "1");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("body", Office);
            xml.WriteStartElement("spreadsheet", Office);
            foreach (var sheet in _sheets)
            {
                WriteSheet(xml, sheet, columnStyles, rowStyles, cellStyles);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private void WritePageLayout(XmlWriter xml)
    {
        xml.WriteStartElement("page-layout", Style);
        xml.WriteAttributeString("name", Style, "page");
        xml.WriteStartElement("page-layout-properties", Style);
        xml.WriteAttributeString("page-width", Fo, Points(pageWidth));
        xml.WriteAttributeString("page-height", Fo, Points(pageHeight));
        xml.WriteAttributeString("print-orientation", Style, pageWidth > pageHeight ? "landscape" : "portrait");
        foreach (var side in new[] { "top", "bottom", "left", "right" })
        {
            xml.WriteAttributeString("margin-" + side, Fo, Points(margin));
        }

        xml.WriteAttributeString("print", Style, "charts drawings objects");
        xml.WriteEndElement();
        xml.WriteElementString("header-style", Style, string.Empty);
        xml.WriteStartElement("footer-style", Style);
        xml.WriteStartElement("header-footer-properties", Style);
        xml.WriteAttributeString("min-height", Fo, Points(18));
        xml.WriteAttributeString("margin-top", Fo, Points(12));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCellStyle(XmlWriter xml, string name, CellLook look)
    {
        xml.WriteStartElement("style", Style);
        xml.WriteAttributeString("name", Style, name);
        xml.WriteAttributeString("family", Style, "table-cell");
        xml.WriteAttributeString("parent-style-name", Style, "Default");
        xml.WriteStartElement("table-cell-properties", Style);
        xml.WriteAttributeString("vertical-align", Style, "bottom");
        if (look.RuleBelow)
        {
            xml.WriteAttributeString("border-bottom", Fo, "0.5pt solid #000000");
        }

        xml.WriteEndElement();
        xml.WriteStartElement("paragraph-properties", Style);
        xml.WriteAttributeString("text-align", Fo, look.Align switch { CellAlign.Centre => "center", CellAlign.End => "end", _ => "start" });
        xml.WriteEndElement();
        xml.WriteStartElement("text-properties", Style);
        xml.WriteAttributeString("font-size", Fo, Points(look.Size));
        if (look.Bold)
        {
            xml.WriteAttributeString("font-weight", Fo, "bold");
        }

        if (look.Italic)
        {
            xml.WriteAttributeString("font-style", Fo, "italic");
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteSheet(XmlWriter xml, Sheet sheet, List<double> columnStyles, List<(double, bool)> rowStyles, List<CellLook> cellStyles)
    {
        xml.WriteStartElement("table", Table);
        xml.WriteAttributeString("name", Table, sheet.Name);
        xml.WriteAttributeString("style-name", Table, "ta");
        foreach (var width in sheet.ColumnWidths)
        {
            xml.WriteStartElement("table-column", Table);
            xml.WriteAttributeString("style-name", Table, Name("co", columnStyles.IndexOf(width)));
            xml.WriteEndElement();
        }

        var inHeader = false;
        foreach (var row in sheet.Rows)
        {
            if (row.RepeatedHeader != inHeader)
            {
                if (inHeader)
                {
                    xml.WriteEndElement();
                }
                else
                {
                    xml.WriteStartElement("table-header-rows", Table);
                }

                inHeader = row.RepeatedHeader;
            }

            xml.WriteStartElement("table-row", Table);
            xml.WriteAttributeString("style-name", Table, Name("ro", rowStyles.IndexOf((row.Height, row.PageBreakBefore))));
            foreach (var cell in row.Cells)
            {
                xml.WriteStartElement("table-cell", Table);
                if (cell is not null)
                {
                    xml.WriteAttributeString("style-name", Table, Name("ce", cellStyles.IndexOf(cell.Look)));
                    if (cell.Text.Length > 0)
                    {
                        xml.WriteAttributeString("value-type", Office, "string");
                        xml.WriteElementString("p", Text, cell.Text);
                    }
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (inHeader)
        {
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Name(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);

    private static string Points(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "pt";

    /// <summary>One sheet: its column widths and rows.</summary>
    internal sealed class Sheet(string name, IReadOnlyList<double> columnWidths)
    {
        public string Name { get; } = name;

        public IReadOnlyList<double> ColumnWidths { get; } = columnWidths;

        public List<SheetRow> Rows { get; } = [];

        /// <summary>Adds a row; <paramref name="cells"/> are placed from the first column, null leaving a cell empty.</summary>
        public void Row(double height, params SheetCell?[] cells) => Rows.Add(new SheetRow(height, cells));

        /// <summary>Adds an empty row (vertical space).</summary>
        public void Space(double height) => Rows.Add(new SheetRow(height, []));
    }
}
