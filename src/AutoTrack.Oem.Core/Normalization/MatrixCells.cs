using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>What a matrix cell's symbols mean, once the document's legend (or the usual letters) is applied.</summary>
internal sealed record CellMeaning(IReadOnlyList<ServiceAction> Actions, bool Performed, IReadOnlyList<string> Conditions, IReadOnlyList<string> Notes, IReadOnlyList<string> Unknown);

/// <summary>Reads matrix column headers as milestones and cells as action letters, condition letters and footnote marks.</summary>
internal static partial class MatrixCells
{
    private static readonly Dictionary<string, ServiceAction> UsualLetters = new(StringComparer.Ordinal)
    {
        ["I"] = ServiceAction.Inspect, ["R"] = ServiceAction.Replace, ["P"] = ServiceAction.Perform, ["A"] = ServiceAction.Adjust,
        ["C"] = ServiceAction.Clean, ["L"] = ServiceAction.Lubricate, ["T"] = ServiceAction.Tighten, ["D"] = ServiceAction.Rotate,
    };

    /// <summary>A header such as "7,500 mi / 6 mo", "Miles x 1,000 / 7.5 / Months / 6" or "Kilometers (x1000): 12 / Miles (x1000): 7.5".</summary>
    public static Milestone? ReadHeader(string header)
    {
        var folded = OemText.Fold(header);
        var hint = Thousands().IsMatch(folded) ? 1000d : 1d;
        var withoutHint = Thousands().Replace(folded, " ");
        var firstDigit = withoutHint.AsSpan().IndexOfAnyInRange('0', '9');
        var firstUnit = UnitWord().Match(withoutHint);
        var unitFirst = firstUnit.Success && (firstDigit < 0 || firstUnit.Index < firstDigit);
        var quantities = unitFirst ? UnitFirst(withoutHint, hint) : Quantities.Find(withoutHint, hint);

        if (quantities.Count == 0)
        {
            return null;
        }

        var miles = quantities.FirstOrDefault(q => q.Unit == QuantityUnit.Miles);
        var km = quantities.FirstOrDefault(q => q.Unit == QuantityUnit.Kilometers);
        var months = quantities.FirstOrDefault(q => q.Unit == QuantityUnit.Months);
        var kmValue = km != default && km.Value < 300 ? km.Value * 1000 : km.Value;
        int? mi = miles != default ? (int)Math.Round(miles.Value < 300 ? miles.Value * 1000 : miles.Value)
            : km != default ? UnitRules.KilometersToMiles(kmValue) : null;
        int? mo = months != default ? (int)Math.Round(months.Value) : null;
        return mi is null && mo is null ? null : new Milestone(mi, mo);
    }

    /// <summary>Splits a cell into symbols and interprets each with the legend.</summary>
    public static CellMeaning ReadCell(string value, IReadOnlyDictionary<string, string> legend)
    {
        var actions = new List<ServiceAction>();
        var conditions = new List<string>();
        var notes = new List<string>();
        var unknown = new List<string>();
        var performed = false;
        foreach (Match m in Symbol().Matches(value.Trim()))
        {
            var symbol = m.Value;
            if (symbol is "-" or "—" or "–")
            {
                continue;
            }

            if (legend.TryGetValue(symbol, out var meaning))
            {
                if (ActionWords.FromText(meaning) is { } action && symbol.Length <= 2 && char.IsLetter(symbol[0]) && OperatingConditions.Recognize(meaning).Count == 0)
                {
                    actions.Add(action);
                }
                else if (OperatingConditions.Recognize(meaning) is { Count: > 0 } named)
                {
                    conditions.AddRange(named);
                }
                else
                {
                    notes.Add(meaning);
                }

                continue;
            }

            var letter = symbol.TrimEnd('*', '†', '‡', '#', '¹', '²', '³').TrimEnd(')').TrimEnd('1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('(', '*');
            if (letter.Length != symbol.Length)
            {
                var mark = symbol[letter.Length..];
                if (legend.TryGetValue(mark, out var footnote))
                {
                    notes.Add(footnote);
                }
            }

            if (UsualLetters.TryGetValue(letter.ToUpperInvariant(), out var usual) && letter.Length == 1)
            {
                actions.Add(usual);
            }
            else if (letter is "✓" or "✔" or "●" or "•" or "x" or "X" or "■" or "◆" or "○" or "√")
            {
                performed = true;
            }
            else if (letter.Length > 0)
            {
                unknown.Add(symbol);
            }
        }

        return new CellMeaning(actions, performed, conditions, notes, unknown);
    }

    private static List<Quantity> UnitFirst(string folded, double hint)
    {
        var result = new List<Quantity>();
        foreach (Match m in UnitThenNumber().Matches(folded))
        {
            if (!double.TryParse(m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var unit = m.Groups["unit"].Value;
            if (unit.StartsWith('k'))
            {
                result.Add(new Quantity(value < 1000 ? value * hint : value, QuantityUnit.Kilometers, m.Index, m.Index + m.Length));
            }
            else if (unit.StartsWith("mi", StringComparison.Ordinal) && !unit.StartsWith("mo", StringComparison.Ordinal))
            {
                result.Add(new Quantity(value < 1000 ? value * hint : value, QuantityUnit.Miles, m.Index, m.Index + m.Length));
            }
            else
            {
                result.Add(new Quantity(unit.StartsWith('y') ? value * 12 : value, QuantityUnit.Months, m.Index, m.Index + m.Length));
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?:\(\s*)?(?:x|\*)\s*1,?000s?(?:\s*\))?|\(\s*1,?000s?\s*\)|\bin thousands\b|\bthousands?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\b(?:miles?|mi|kilometers?|km|months?|mos?|years?|yrs?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"(?<unit>miles?|mi\b|kilometers?|km|months?|mos?\b|years?|yrs?\b)[\s:()/\-]*(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex UnitThenNumber();

    [GeneratedRegex(@"\(\d\)|\*\d*|[†‡#¹²³]|[^\s,/;]+", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();
}
