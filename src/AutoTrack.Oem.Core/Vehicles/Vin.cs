using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AutoTrack.Oem;

/// <summary>
/// A validated 17-character Vehicle Identification Number (ISO 3779, with the North American check digit).
/// </summary>
/// <remarks>
/// <para>
/// Parsing trims surrounding whitespace, accepts lower-case input and stores the VIN in upper case.
/// Only the digits 0-9 and the ASCII letters A-Z except I, O and Q are allowed. Upper-casing is ASCII-only,
/// so the result never depends on the current culture (a lower-case <c>i</c> is rejected as <c>I</c> under
/// every culture, and non-ASCII letters such as the dotless <c>ı</c> are rejected rather than folded).
/// </para>
/// <para>
/// The check digit at position 9 is always verified, and the model-year code at position 10 must be a valid
/// year code. VINs that do not carry a valid check digit (common outside North America) are therefore rejected.
/// </para>
/// <para>
/// <c>default(Vin)</c> is not a valid VIN: its <see cref="Value"/> and <see cref="Wmi"/> are empty,
/// its <see cref="CheckDigit"/> and <see cref="ModelYearCode"/> are <c>'\0'</c>, its <see cref="ModelYear"/>
/// is 0 and its <see cref="ManufacturerHint"/> is <see langword="null"/>. Obtain instances through
/// <see cref="Parse(string)"/> or <see cref="TryParse(string?, out Vin)"/>.
/// </para>
/// </remarks>
public readonly record struct Vin : IParsable<Vin>
{
    private const int Length = 17;
    private const int CheckDigitIndex = 8;
    private const int ModelYearIndex = 9;
    private const int CycleSelectorIndex = 6;

    /// <summary>Model-year codes in order, starting at 1980 (earlier cycle) or 2010 (later cycle).</summary>
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";

    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    private static readonly FrozenDictionary<string, string> Manufacturers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1FA"] = "Ford",
        ["1FT"] = "Ford",
        ["1FM"] = "Ford",
        ["3FA"] = "Ford",
        ["1LN"] = "Lincoln",
        ["5LM"] = "Lincoln",
        ["1G1"] = "Chevrolet",
        ["1GC"] = "Chevrolet",
        ["1GN"] = "Chevrolet",
        ["2G1"] = "Chevrolet",
        ["3GN"] = "Chevrolet",
        ["1GT"] = "GMC",
        ["3GT"] = "GMC",
        ["1G4"] = "Buick",
        ["1G6"] = "Cadillac",
        ["JTD"] = "Toyota",
        ["JTE"] = "Toyota",
        ["JTM"] = "Toyota",
        ["JTN"] = "Toyota",
        ["4T1"] = "Toyota",
        ["4T3"] = "Toyota",
        ["5TD"] = "Toyota",
        ["5TF"] = "Toyota",
        ["JTH"] = "Lexus",
        ["2T2"] = "Lexus",
        ["JHM"] = "Honda",
        ["1HG"] = "Honda",
        ["2HG"] = "Honda",
        ["5FN"] = "Honda",
        ["5J6"] = "Honda",
        ["7FA"] = "Honda",
        ["19U"] = "Acura",
        ["JH4"] = "Acura",
        ["JN1"] = "Nissan",
        ["JN8"] = "Nissan",
        ["1N4"] = "Nissan",
        ["1N6"] = "Nissan",
        ["3N1"] = "Nissan",
        ["5N1"] = "Nissan",
        ["JNK"] = "Infiniti",
        ["KMH"] = "Hyundai",
        ["5NP"] = "Hyundai",
        ["5NM"] = "Hyundai",
        ["KNA"] = "Kia",
        ["KND"] = "Kia",
        ["5XY"] = "Kia",
        ["JF1"] = "Subaru",
        ["JF2"] = "Subaru",
        ["4S3"] = "Subaru",
        ["4S4"] = "Subaru",
        ["1C4"] = "Jeep",
        ["1C6"] = "Ram",
        ["WBA"] = "BMW",
        ["WDD"] = "Mercedes-Benz",
        ["W1K"] = "Mercedes-Benz",
        ["5YJ"] = "Tesla",
        ["JM1"] = "Mazda",
        ["JM3"] = "Mazda",
        ["WVW"] = "Volkswagen",
        ["3VW"] = "Volkswagen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string? _value;

    private Vin(string value) => _value = value;

    /// <summary>The 17-character VIN in upper case (empty for <c>default(Vin)</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The World Manufacturer Identifier: positions 1-3 (empty for <c>default(Vin)</c>).</summary>
    public string Wmi => _value is null ? string.Empty : _value[..3];

    /// <summary>The check digit at position 9: a digit 0-9 or <c>X</c> (meaning 10).</summary>
    public char CheckDigit => _value is null ? '\0' : _value[CheckDigitIndex];

    /// <summary>The model-year code at position 10.</summary>
    public char ModelYearCode => _value is null ? '\0' : _value[ModelYearIndex];

    /// <summary>The model year decoded from <see cref="ModelYearCode"/>.</summary>
    /// <remarks>
    /// Year codes repeat every 30 years (<c>A</c> is 1980 or 2010, <c>Y</c> is 2000 or 2030, <c>1</c> is 2001
    /// or 2031, ..., <c>9</c> is 2009 or 2039). The cycle is resolved by the North American rule (49 CFR 565):
    /// when position 7 is a letter the later cycle (2010-2039) applies, and when it is a digit the earlier
    /// cycle (1980-2009) applies. The rule is only mandated for passenger cars, multipurpose passenger vehicles
    /// and light trucks sold in North America, so for other vehicles the decoded year may be off by 30 years.
    /// </remarks>
    public int ModelYear => _value is null ? 0 : DecodeModelYear(_value);

    /// <summary>
    /// The make suggested by the <see cref="Wmi"/> from a small built-in table, or <see langword="null"/> when
    /// the WMI is not in the table. A hint only: some WMIs are shared by several makes.
    /// </summary>
    public string? ManufacturerHint => _value is not null && Manufacturers.TryGetValue(Wmi, out var make) ? make : null;

    /// <summary>Parses a VIN, trimming surrounding whitespace and accepting lower-case letters.</summary>
    /// <param name="value">The text to parse.</param>
    /// <returns>The parsed VIN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="value"/> is not a valid VIN; the message names the problem (length, illegal character and
    /// its position, wrong check digit with the expected and found characters, or invalid model-year code).
    /// </exception>
    public static Vin Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var vin, out var error) ? vin : throw new FormatException(error);
    }

    /// <summary>Tries to parse a VIN, trimming surrounding whitespace and accepting lower-case letters.</summary>
    /// <param name="value">The text to parse; <see langword="null"/> yields <see langword="false"/>.</param>
    /// <param name="vin">The parsed VIN, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid VIN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out Vin vin) => TryParse(value, out vin, out _);

    /// <summary>Tries to parse a VIN and explains why it is invalid when it is not.</summary>
    /// <param name="value">The text to parse; <see langword="null"/> yields <see langword="false"/>.</param>
    /// <param name="vin">The parsed VIN, or <c>default</c> when parsing fails.</param>
    /// <param name="error">
    /// <see langword="null"/> on success; otherwise the message <see cref="Parse(string)"/> would throw
    /// (for <see langword="null"/> input, a message saying the value is null).
    /// </param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid VIN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out Vin vin, [NotNullWhen(false)] out string? error)
    {
        vin = default;
        if (value is null)
        {
            error = "Invalid VIN: the value is null.";
            return false;
        }

        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length != Length)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"Invalid VIN: a VIN must be {Length} characters long after trimming whitespace; found {trimmed.Length}.");
            return false;
        }

        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            var c = trimmed[i];
            if (char.IsAsciiLetterLower(c))
            {
                // ASCII-only upper-casing: culture-independent and never folds non-ASCII letters into A-Z.
                c = (char)(c - ('a' - 'A'));
            }

            if (c is 'I' or 'O' or 'Q')
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid VIN: illegal character '{c}' at position {i + 1}; the letters I, O and Q are never used in a VIN.");
                return false;
            }

            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid VIN: illegal character {Describe(c)} at position {i + 1}; only the digits 0-9 and the letters A-Z except I, O and Q are allowed.");
                return false;
            }

            chars[i] = c;
        }

        var expected = ComputeCheckDigit(chars);
        var found = chars[CheckDigitIndex];
        if (found != expected)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"Invalid VIN: bad check digit: expected '{expected}' at position {CheckDigitIndex + 1}, found {Describe(found)}.");
            return false;
        }

        var yearCode = chars[ModelYearIndex];
        if (!YearCodes.Contains(yearCode, StringComparison.Ordinal))
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"Invalid VIN: {Describe(yearCode)} at position {ModelYearIndex + 1} is not a valid model-year code; the letters I, O, Q, U, Z and the digit 0 are never used as year codes.");
            return false;
        }

        vin = new Vin(new string(chars));
        error = null;
        return true;
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The 17-character upper-case VIN (empty for <c>default(Vin)</c>).</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    /// <remarks>The format provider is ignored: VINs are culture-invariant.</remarks>
    static Vin IParsable<Vin>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    /// <remarks>The format provider is ignored: VINs are culture-invariant.</remarks>
    static bool IParsable<Vin>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Vin result) =>
        TryParse(s, out result);

    private static char ComputeCheckDigit(ReadOnlySpan<char> chars)
    {
        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            sum += Transliterate(chars[i]) * Weights[i];
        }

        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Not a valid VIN character."),
    };

    private static int DecodeModelYear(string value)
    {
        var offset = YearCodes.IndexOf(value[ModelYearIndex], StringComparison.Ordinal);
        var cycleStart = char.IsAsciiLetter(value[CycleSelectorIndex]) ? 2010 : 1980;
        return cycleStart + offset;
    }

    private static string Describe(char c) =>
        c is > ' ' and <= '~'
            ? string.Create(CultureInfo.InvariantCulture, $"'{c}'")
            : string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
}
