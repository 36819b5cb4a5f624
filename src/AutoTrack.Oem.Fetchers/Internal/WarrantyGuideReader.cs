using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Fetchers.Internal;

/// <summary>
/// Reads a Toyota-style Warranty &amp; Maintenance Guide: milestone headings ("15,000 miles or 18 months"), the
/// bulleted items under each, and within a milestone the sub-heading "Additional maintenance items for special
/// operating conditions" followed by condition lines ending in a colon ("Towing, off-road or driving on dusty
/// roads:") and their items. Items become <see cref="RawScheduleItem"/>s with the heading as
/// <see cref="RawScheduleItem.Milestone"/> and "sub-heading / condition" as <see cref="RawScheduleItem.Section"/>.
/// A line at the x where the previous item's text starts continues that item, unless it is set in italics (the
/// sub-heading) or is itself a sub-heading or condition line. Sub-heading and condition lines wrapped over several
/// lines at one x are joined before they are recognized. Two-column pages are read left column first, then right
/// column (<see cref="PdfColumns"/>). Anything else is ignored.
/// </summary>
internal static partial class WarrantyGuideReader
{
    public static LayoutReading Read(PdfLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var items = new List<PendingItem>();
        string? title = null;
        string? milestone = null;
        string? special = null;
        string? condition = null;
        var headings = 0;
        PendingItem? open = null;
        PlainText? plain = null;

        foreach (var line in PdfColumns.InReadingOrder(layout).Lines.Where(l => !PageFurniture.IsFurniture(l)))
        {
            var text = line.Text;
            if (MilestoneHeading().IsMatch(text))
            {
                (milestone, special, condition, open, plain) = (text, null, null, null, null);
                headings++;
                continue;
            }

            if (milestone is null)
            {
                title ??= line.Page == 1 ? text : null;
                continue;
            }

            if (Bulleted(line) is { } bulleted)
            {
                var section = special is null ? null : condition is null ? special : special + " / " + condition;
                open = new PendingItem(bulleted.Text, milestone, section, line.Page, line.Row, bulleted.TextLeft);
                items.Add(open);
                plain = null;
                continue;
            }

            if (open is not null && !line.Italic && line.Page == open.Page && Math.Abs(line.Left - open.TextLeft) <= 1.5
                && !SpecialHeading().IsMatch(text) && !(special is not null && text.EndsWith(':')))
            {
                open.Text += " " + text;
                continue;
            }

            // A plain line: a heading or condition line, or part of one wrapped over several lines at the same x.
            open = null;
            plain = plain is not null && plain.Page == line.Page && Math.Abs(plain.Left - line.Left) <= 1.5 && plain.Italic == line.Italic
                ? plain with { Text = plain.Text + " " + text }
                : new PlainText(text, line.Page, line.Left, line.Italic);
            if (SpecialHeading().IsMatch(plain.Text))
            {
                (special, condition, plain) = (plain.Text, null, null);
                continue;
            }

            if (special is not null && plain.Text.EndsWith(':'))
            {
                (condition, plain) = (plain.Text.TrimEnd(':').Trim(), null);
            }
        }

        if (headings == 0)
        {
            return LayoutReading.Drift("No milestone headings such as \"15,000 miles or 18 months\" were found; the document is not a warranty & maintenance guide in the expected layout.");
        }

        if (items.Count == 0)
        {
            return LayoutReading.Drift($"{headings} milestone heading(s) were found but no bulleted items under them.");
        }

        var raw = items.Select(i => new RawScheduleItem(i.Text)
        {
            Milestone = i.Milestone,
            Section = i.Section,
            Location = new SourceLocation(i.Page, i.Row),
        }).ToList();
        return new LayoutReading(raw, title, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>The text of a bulleted line and the x where the text (not the bullet) starts.</summary>
    private static (string Text, double TextLeft)? Bulleted(PdfLine line)
    {
        var first = line.Words[0].Text;
        if (Bullets.Contains(first) && line.Words.Count > 1)
        {
            return (string.Join(' ', line.Words.Skip(1).Select(w => w.Text)), line.Words[1].Left);
        }

        if (first.Length > 1 && first[0] is '\u2022' or '\u25CF' or '\u25AA' or '\u25A0')
        {
            return (line.Text[1..].TrimStart(), line.Words[0].Left);
        }

        return null;
    }

    private static readonly HashSet<string> Bullets = new(StringComparer.Ordinal) { "\u2022", "\u25CF", "\u25AA", "\u25A0", "\u00B7", "\u2013", "-", "*" };

    /// <summary>Consecutive plain lines at one x (a heading or condition line wrapped over several lines).</summary>
    private sealed record PlainText(string Text, int Page, double Left, bool Italic);

    private sealed class PendingItem(string text, string milestone, string? section, int page, int row, double textLeft)
    {
        public string Text { get; set; } = text;

        public string Milestone { get; } = milestone;

        public string? Section { get; } = section;

        public int Page { get; } = page;

        public int Row { get; } = row;

        public double TextLeft { get; } = textLeft;
    }

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})*\s*(?:miles|mi\.?)(?:\s*\(\s*[\d,]+\s*km\s*\))?\s+or\s+\d{1,3}\s*months?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilestoneHeading();

    [GeneratedRegex(@"\bspecial (?:operating|driving) conditions\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialHeading();
}
