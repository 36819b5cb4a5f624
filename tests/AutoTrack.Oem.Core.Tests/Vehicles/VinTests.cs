using System.Globalization;

namespace AutoTrack.Oem.Tests.Vehicles;

// Every valid VIN below has its check digit verified by hand (sum of transliterated values times
// weights 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2, mod 11):
//   1HGCM82633A004352  public example, 2003 Honda: sum 311, 311 mod 11 = 3.
//   1M8GDM9AXKP042788  public example: sum 351, 351 mod 11 = 10 -> 'X'.
//   1HGCM8B633A004352  constructed: position 7 '2' -> 'B' (both worth 2), so still 3.
//   1M8GDMRAXKP042788  constructed: position 7 '9' -> 'R' (both worth 9), so still 'X'.
//   5YJ3E1EA2KF317000  constructed: the often-quoted 5YJ3E1EA7KF317000 fails (sum 288 -> '2'), so 9th is '2'.
//   1FTFW1E51MFA00000  constructed: 1FTFW1E50MFA00000 fails (sum 276 -> '1'), so 9th is '1'.
//   1HGCM8261UA004352, 1HGCM8262ZA004352, 1HGCM82690A004352  constructed with valid check digits
//   (sums 320, 365, 284) but invalid year codes U, Z, 0.
public class VinTests
{
    [Theory]
    [InlineData("1HGCM82633A004352")]
    [InlineData("1M8GDM9AXKP042788")]
    [InlineData("1HGCM8B633A004352")]
    [InlineData("1M8GDMRAXKP042788")]
    [InlineData("5YJ3E1EA2KF317000")]
    [InlineData("1FTFW1E51MFA00000")]
    public void Parse_accepts_valid_vins(string text)
    {
        var vin = Vin.Parse(text);

        Assert.Equal(text, vin.Value);
        Assert.Equal(text, vin.ToString());
    }

    [Theory]
    [InlineData("1HGCM82633A004352", "1HG", '3', '3')]
    [InlineData("1M8GDM9AXKP042788", "1M8", 'X', 'K')]
    [InlineData("5YJ3E1EA2KF317000", "5YJ", '2', 'K')]
    public void Parse_exposes_wmi_check_digit_and_year_code(string text, string wmi, char checkDigit, char yearCode)
    {
        var vin = Vin.Parse(text);

        Assert.Equal(wmi, vin.Wmi);
        Assert.Equal(checkDigit, vin.CheckDigit);
        Assert.Equal(yearCode, vin.ModelYearCode);
    }

    [Theory]
    [InlineData("1hgcm82633a004352", "1HGCM82633A004352")]
    [InlineData("1m8gdm9axkp042788", "1M8GDM9AXKP042788")]
    [InlineData("5yJ3e1Ea2kF317000", "5YJ3E1EA2KF317000")]
    public void Parse_accepts_lower_case_and_stores_upper_case(string text, string expected)
    {
        var vin = Vin.Parse(text);

        Assert.Equal(expected, vin.Value);
        Assert.Equal(Vin.Parse(expected), vin);
    }

    [Theory]
    [InlineData("  1HGCM82633A004352  ")]
    [InlineData("\t1HGCM82633A004352\r\n")]
    [InlineData("\u00A01HGCM82633A004352")]
    public void Parse_trims_surrounding_whitespace(string text)
    {
        Assert.Equal("1HGCM82633A004352", Vin.Parse(text).Value);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("1HGCM82633A00435", 16)]
    [InlineData("1HGCM82633A0043521", 18)]
    [InlineData(" 1HGCM82633A00435 ", 16)]
    public void Parse_rejects_wrong_length_naming_the_length_found(string text, int found)
    {
        var ex = Assert.Throws<FormatException>(() => Vin.Parse(text));

        Assert.Contains("17 characters", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"found {found.ToString(CultureInfo.InvariantCulture)}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_null_and_TryParse_returns_false()
    {
        Assert.Throws<ArgumentNullException>(() => Vin.Parse(null!));
        Assert.False(Vin.TryParse(null, out var vin, out var error));
        Assert.Equal(default, vin);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("1HGCI82633A004352", 'I', 5)]
    [InlineData("1hgci82633a004352", 'I', 5)]
    [InlineData("1HGCM82633A0O4352", 'O', 13)]
    [InlineData("1HGCM82633A00435o", 'O', 17)]
    [InlineData("QHGCM82633A004352", 'Q', 1)]
    [InlineData("1HGCM82633A00435q", 'Q', 17)]
    public void Parse_rejects_I_O_and_Q_naming_the_position(string text, char letter, int position)
    {
        var ex = Assert.Throws<FormatException>(() => Vin.Parse(text));

        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"illegal character '{letter}' at position {position}"),
            ex.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1HGCM-2633A004352", "'-'", 6)]
    [InlineData("1HGCM82633A00435*", "'*'", 17)]
    [InlineData("1HGCM8 633A004352", "U+0020", 7)]
    [InlineData("1HGCM\u01312633A004352", "U+0131", 6)]
    [InlineData("1HGCM82633\u00C1004352", "U+00C1", 11)]
    public void Parse_rejects_other_characters_naming_the_position(string text, string shown, int position)
    {
        var ex = Assert.Throws<FormatException>(() => Vin.Parse(text));

        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"illegal character {shown} at position {position}"),
            ex.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5YJ3E1EA7KF317000", '2', '7')]
    [InlineData("1FTFW1E50MFA00000", '1', '0')]
    [InlineData("1HGCM82643A004352", '3', '4')]
    [InlineData("1M8GDM9A1KP042788", 'X', '1')]
    [InlineData("1HGCM826A3A004352", '3', 'A')]
    public void Parse_rejects_a_wrong_check_digit_naming_expected_and_found(string text, char expected, char found)
    {
        var ex = Assert.Throws<FormatException>(() => Vin.Parse(text));

        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"expected '{expected}' at position 9, found '{found}'"),
            ex.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1HGCM8261UA004352", 'U')]
    [InlineData("1HGCM8262ZA004352", 'Z')]
    [InlineData("1HGCM82690A004352", '0')]
    public void Parse_rejects_an_invalid_model_year_code_naming_position_10(string text, char code)
    {
        var ex = Assert.Throws<FormatException>(() => Vin.Parse(text));

        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"'{code}' at position 10"),
            ex.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("check digit", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1HGCM82633A004352", 2003)]
    [InlineData("1M8GDM9AXKP042788", 1989)]
    public void ModelYear_uses_the_earlier_cycle_when_position_7_is_a_digit(string text, int year)
    {
        Assert.Equal(year, Vin.Parse(text).ModelYear);
    }

    [Theory]
    [InlineData("1HGCM8B633A004352", 2033)]
    [InlineData("1M8GDMRAXKP042788", 2019)]
    [InlineData("5YJ3E1EA2KF317000", 2019)]
    [InlineData("1FTFW1E51MFA00000", 2021)]
    public void ModelYear_uses_the_later_cycle_when_position_7_is_a_letter(string text, int year)
    {
        Assert.Equal(year, Vin.Parse(text).ModelYear);
    }

    [Theory]
    [InlineData("1HGCM82633A004352", "Honda")]
    [InlineData("5YJ3E1EA2KF317000", "Tesla")]
    [InlineData("1FTFW1E51MFA00000", "Ford")]
    public void ManufacturerHint_names_the_make_for_a_known_wmi(string text, string make)
    {
        Assert.Equal(make, Vin.Parse(text).ManufacturerHint);
    }

    [Fact]
    public void ManufacturerHint_is_null_for_an_unknown_wmi()
    {
        Assert.Null(Vin.Parse("1M8GDM9AXKP042788").ManufacturerHint);
    }

    [Theory]
    [InlineData("1HGCM82633A004352")]
    [InlineData(" 1hgcm82633a004352 ")]
    [InlineData("1M8GDM9AXKP042788")]
    [InlineData("")]
    [InlineData("1HGCM82633A00435")]
    [InlineData("1HGCI82633A004352")]
    [InlineData("1HGCM-2633A004352")]
    [InlineData("5YJ3E1EA7KF317000")]
    [InlineData("1HGCM8261UA004352")]
    public void Parse_and_TryParse_agree(string text)
    {
        var ok = Vin.TryParse(text, out var vin, out var error);
        var okShort = Vin.TryParse(text, out var vinShort);

        Assert.Equal(ok, okShort);
        Assert.Equal(vin, vinShort);
        if (ok)
        {
            Assert.Null(error);
            Assert.Equal(vin, Vin.Parse(text));
        }
        else
        {
            Assert.Equal(default, vin);
            var ex = Assert.Throws<FormatException>(() => Vin.Parse(text));
            Assert.Equal(error, ex.Message);
        }
    }

    [Fact]
    public void Parses_through_the_IParsable_interface()
    {
        Assert.Equal(Vin.Parse("1HGCM82633A004352"), ParseVia<Vin>("1hgcm82633a004352"));
        Assert.True(TryParseVia<Vin>("1M8GDM9AXKP042788", out var vin));
        Assert.Equal("1M8GDM9AXKP042788", vin.Value);
        Assert.False(TryParseVia<Vin>("1HGCI82633A004352", out _));
        Assert.Throws<FormatException>(() => ParseVia<Vin>("1HGCI82633A004352"));
    }

    [Fact]
    public void Default_is_empty_and_not_equal_to_a_parsed_vin()
    {
        var vin = default(Vin);

        Assert.Equal(string.Empty, vin.Value);
        Assert.Equal(string.Empty, vin.ToString());
        Assert.Equal(string.Empty, vin.Wmi);
        Assert.Equal('\0', vin.CheckDigit);
        Assert.Equal(0, vin.ModelYear);
        Assert.Null(vin.ManufacturerHint);
        Assert.NotEqual(Vin.Parse("1HGCM82633A004352"), vin);
    }

    [Fact]
    public void Behaviour_is_identical_under_turkish_culture()
    {
        string[] inputs =
        [
            "1hgcm82633a004352",
            "1hgci82633a004352",
            "1HGCM\u01312633A004352",
            "1HGCM82633A0043521",
            "5yj3e1ea7kf317000",
            "1hgcm8261ua004352",
        ];
        var invariant = RunUnder(CultureInfo.InvariantCulture, inputs);

        var turkish = RunUnder(CultureInfo.GetCultureInfo("tr-TR"), inputs, () =>
        {
            // Guard: prove the Turkish casing rules are really in effect (fails if ICU is missing).
            Assert.Equal("\u0130", "i".ToUpper(CultureInfo.CurrentCulture));

            Assert.Equal("1HGCM82633A004352", Vin.Parse("1hgcm82633a004352").Value);
            var ex = Assert.Throws<FormatException>(() => Vin.Parse("1hgci82633a004352"));
            Assert.Contains("illegal character 'I' at position 5", ex.Message, StringComparison.Ordinal);
            Assert.Equal(2019, Vin.Parse("5yj3e1ea2kf317000").ModelYear);
            Assert.Equal("Tesla", Vin.Parse("5yj3e1ea2kf317000").ManufacturerHint);
        });

        Assert.Equal(invariant, turkish);
    }

    private static string[] RunUnder(CultureInfo culture, string[] inputs, Action? extra = null)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            extra?.Invoke();
            return [.. inputs.Select(i => Vin.TryParse(i, out var vin, out var error) ? vin.Value : error)];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string text, out T? result)
        where T : IParsable<T> => T.TryParse(text, CultureInfo.InvariantCulture, out result);
}
