using System.Globalization;
using System.Text.RegularExpressions;
using UnitsNet;

namespace AutoTrack.Oem.Internal;

internal enum QuantityUnit
{
    Miles,
    Kilometers,
    Months,
}

/// <summary>A distance or time read from folded text. Time is in months already.</summary>
internal readonly record struct Quantity(double Value, QuantityUnit Unit, int Start, int End)
{
    public bool IsDistance => Unit != QuantityUnit.Months;
}

/// <summary>Quantities that belong together: a distance (with its printed equivalent) and/or a time,
/// "7,500 miles (12,000 km) or 6 months".</summary>
internal sealed record QuantityGroup(int? Miles, int? Months, SourceDistance? Printed, int Start, int End, string? UnitMismatch)
{
    public ServiceInterval ToInterval() => new(Miles, Months);
}

/// <summary>
/// Reads distances and times from folded OEM wording and groups them. Units: miles and kilometres with or
/// without "k"/"thousand", months and years (a year is 12 months), and words such as "annually". When both
/// miles and km are printed, the miles figure is kept and the km figure cross-checked (see <see cref="UnitRules"/>).
/// </summary>
internal static partial class Quantities
{
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["eighteen"] = 18, ["twenty"] = 20,
        ["twenty-four"] = 24, ["twenty four"] = 24, ["thirty"] = 30, ["thirty-six"] = 36, ["thirty six"] = 36,
        ["forty-eight"] = 48, ["forty eight"] = 48, ["sixty"] = 60, ["a"] = 1, ["an"] = 1, ["half a"] = 0.5,
    };

    public static List<Quantity> Find(string folded, double thousandsHint = 1)
    {
        var found = new List<Quantity>();
        foreach (Match m in QuantityPattern().Matches(folded))
        {
            var numberText = m.Groups["num"].Value;
            double value;
            if (!NumberWords.TryGetValue(numberText, out value))
            {
                var digits = numberText.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
                {
                    continue;
                }
            }

            if (m.Groups["k"].Success)
            {
                value *= 1000;
            }

            var unitText = m.Groups["unit"].Value;
            var unit = unitText[0] switch
            {
                'k' => QuantityUnit.Kilometers,
                'y' => QuantityUnit.Months,
                'm' when unitText.StartsWith("mo", StringComparison.Ordinal) || unitText.StartsWith("mth", StringComparison.Ordinal) => QuantityUnit.Months,
                _ => QuantityUnit.Miles,
            };
            if (unitText[0] == 'y')
            {
                value *= 12;
            }
            else if (unit != QuantityUnit.Months && value < 1000 && thousandsHint > 1)
            {
                value *= thousandsHint;
            }

            if (IsThreshold(folded, m.Index))
            {
                continue;
            }

            found.Add(new Quantity(value, unit, m.Index, m.Index + m.Length));
        }

        foreach (Match m in TimeWordPattern().Matches(folded))
        {
            var months = m.Value switch
            {
                var v when v.Contains("other", StringComparison.Ordinal) || v.Contains("second", StringComparison.Ordinal) || v.StartsWith("bienn", StringComparison.Ordinal) => 24,
                var v when v.StartsWith("semi", StringComparison.Ordinal) || v.StartsWith("twice", StringComparison.Ordinal) || v.Contains("half", StringComparison.Ordinal) => 6,
                var v when v.Contains("month", StringComparison.Ordinal) => 1,
                _ => 12,
            };
            if (!found.Any(q => q.Start < m.Index + m.Length && m.Index < q.End))
            {
                found.Add(new Quantity(months, QuantityUnit.Months, m.Index, m.Index + m.Length));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Groups quantities that are joined by "or", "/", ",", "and" or parentheses.</summary>
    public static List<QuantityGroup> Group(string folded, List<Quantity> quantities)
    {
        var groups = new List<QuantityGroup>();
        var i = 0;
        while (i < quantities.Count)
        {
            Quantity? distance = null;
            Quantity? equivalent = null;
            Quantity? time = null;
            var start = quantities[i].Start;
            var end = quantities[i].End;
            var j = i;
            while (j < quantities.Count)
            {
                var q = quantities[j];
                if (j > i && !Joiner().IsMatch(folded[end..q.Start]))
                {
                    break;
                }

                if (q.IsDistance)
                {
                    if (distance is null)
                    {
                        distance = q;
                    }
                    else if (equivalent is null && distance.Value.Unit != q.Unit && EquivalentJoiner().IsMatch(folded[end..q.Start]))
                    {
                        equivalent = q;
                    }
                    else
                    {
                        break;
                    }
                }
                else if (time is null)
                {
                    time = q;
                }
                else
                {
                    break;
                }

                end = q.End;
                j++;
            }

            groups.Add(Build(distance, equivalent, time, start, end));
            i = Math.Max(j, i + 1);
        }

        return groups;
    }

    private static QuantityGroup Build(Quantity? distance, Quantity? equivalent, Quantity? time, int start, int end)
    {
        int? miles = null;
        SourceDistance? printed = null;
        string? mismatch = null;
        if (distance is { } d)
        {
            var (mi, km) = d.Unit == QuantityUnit.Miles ? (d, equivalent) : (equivalent ?? d, equivalent is null ? null : d);
            if (mi.Unit == QuantityUnit.Miles)
            {
                miles = (int)Math.Round(mi.Value, MidpointRounding.AwayFromZero);
                printed = new SourceDistance(mi.Value, "mi");
                if (km is { } k && !UnitRules.Agree(mi.Value, k.Value))
                {
                    mismatch = FormattableString.Invariant($"{mi.Value:#,0} miles is {Length.FromMiles(mi.Value).Kilometers:#,0} km, but {k.Value:#,0} km is printed beside it");
                }
            }
            else
            {
                miles = UnitRules.KilometersToMiles(mi.Value);
                printed = new SourceDistance(mi.Value, "km");
            }
        }

        int? months = time is { } t ? (int)Math.Round(t.Value, MidpointRounding.AwayFromZero) : null;
        return new QuantityGroup(miles, months, printed, start, end, mismatch);
    }

    private static bool IsThreshold(string folded, int index)
    {
        var before = folded[Math.Max(0, index - 24)..index];
        return ThresholdBefore().IsMatch(before) && !CapBefore().IsMatch(before);
    }

    [GeneratedRegex(@"(?<![\w.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:\.\d+)?|twenty[- ]four|thirty[- ]six|forty[- ]eight|half a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|sixty)\s*(?<k>k\b|thousand\b)?\s*-?\s*(?<unit>miles?|mi\b\.?|kilometers?|kilometres?|kms?\b|months?|mos?\b\.?|mths?\b|years?|yrs?\b\.?|yr\b)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\b(?:annually|yearly|every year|each year|once a year|once per year|per year|semi-?annually|twice a year|twice yearly|every half year|every other year|every second year|biennially|monthly|every month)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeWordPattern();

    [GeneratedRegex(@"^[\s,;:()/\-]*(?:or|and|/)?[\s,;:()/\-]*(?:every|each|at)?[\s(]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^\s*[(/\[]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EquivalentJoiner();

    [GeneratedRegex(@"\b(?:less than|fewer than|under|below|over|above|more than|exceeding|greater than|shorter than|longer than|trips of|distances of)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ThresholdBefore();

    [GeneratedRegex(@"\b(?:not to exceed|not exceeding|no more than|no longer than|no later than|do not exceed)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CapBefore();
}
