using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem.Tests.Hashing;

public class JsonCanonicalizerTests
{
    private static string VectorPath(string folder, string name) =>
        Path.Combine(AppContext.BaseDirectory, "TestVectors", "jcs", folder, name);

    private static string Canonical(double value) => JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(value));

    // Input/expected-output pairs: RFC 8785 sections 3.2.2 and 3.2.3, and the reference implementation's testdata.
    [Theory]
    [InlineData("arrays.json")]
    [InlineData("french.json")]
    [InlineData("simpleString.json")]
    [InlineData("structures.json")]
    [InlineData("unicode.json")]
    [InlineData("values.json")]
    [InlineData("weird.json")]
    [InlineData("rfc8785-3.2.2.json")]
    [InlineData("rfc8785-3.2.3.json")]
    public void Test_vector_canonicalizes_to_the_expected_bytes(string name)
    {
        string input = File.ReadAllText(VectorPath("input", name), Encoding.UTF8);
        byte[] expected = File.ReadAllBytes(VectorPath("output", name));

        byte[] fromText = Encoding.UTF8.GetBytes(JsonCanonicalizer.CanonicalizeJson(input));
        byte[] fromNode = JsonCanonicalizer.Canonicalize(JsonNode.Parse(input));

        Assert.Equal(expected, fromText);
        Assert.Equal(expected, fromNode);
    }

    [Theory]
    [InlineData("arrays.json")]
    [InlineData("structures.json")]
    [InlineData("values.json")]
    [InlineData("weird.json")]
    [InlineData("rfc8785-3.2.3.json")]
    public void Canonical_output_is_a_fixed_point(string name)
    {
        string expected = File.ReadAllText(VectorPath("output", name), Encoding.UTF8);

        Assert.Equal(expected, JsonCanonicalizer.CanonicalizeJson(expected));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.0, "-1")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.5, "0.5")]
    [InlineData(4.35, "4.35")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    [InlineData(333333333.3333333, "333333333.3333333")]
    [InlineData(1e23, "1e+23")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(-1.5e-7, "-1.5e-7")]
    [InlineData(123e18, "123000000000000000000")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(12345.678, "12345.678")]
    public void Number_is_written_as_ECMAScript_does(double value, string expected)
    {
        Assert.Equal(expected, Canonical(value));
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        double negativeZero = -0.0;
        Assert.True(double.IsNegative(negativeZero));

        Assert.Equal("0", Canonical(negativeZero));
        Assert.Equal("[0,0]", JsonCanonicalizer.CanonicalizeToString(new JsonArray(negativeZero, -0.0f)));
    }

    // RFC 8785 Appendix B: IEEE-754 bit patterns and their canonical text.
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void RFC_8785_appendix_B_number_is_written_exactly(string ieee754Hex, string expected)
    {
        double value = BitConverter.UInt64BitsToDouble(ulong.Parse(ieee754Hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));

        Assert.Equal(expected, Canonical(value));
        Assert.Equal(expected, JsonCanonicalizer.CanonicalizeJson(value.ToString("R", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("-0", "0")]
    [InlineData("-0.0e5", "0")]
    [InlineData("1E400", null)]
    [InlineData("56.0", "56")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("0.000000000000000000000000001", "1e-27")]
    [InlineData("100000000000000000000000000000000000000000000000000000000", "1e+56")]
    [InlineData("18446744073709551615", "18446744073709552000")]
    public void Number_text_is_read_as_a_double(string json, string? expected)
    {
        if (expected is null)
        {
            Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeJson(json));
        }
        else
        {
            Assert.Equal(expected, JsonCanonicalizer.CanonicalizeJson(json));
            Assert.Equal(expected, JsonCanonicalizer.CanonicalizeToString(JsonNode.Parse(json)));
        }
    }

    [Fact]
    public void Integers_wrapped_as_CLR_values_are_treated_as_doubles()
    {
        Assert.Equal("9007199254740992", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(9007199254740993L)));
        Assert.Equal("18446744073709552000", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(ulong.MaxValue)));
        Assert.Equal("-2147483648", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(int.MinValue)));
        Assert.Equal("1.5", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(1.50m)));
        Assert.Equal("0.1", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(0.1m)));
        Assert.Equal("100", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(100.000m)));
        Assert.Equal("255", JsonCanonicalizer.CanonicalizeToString(JsonValue.Create((byte)255)));
    }

    [Fact]
    public void Other_CLR_values_are_canonicalized_from_their_JSON_text()
    {
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var node = new JsonObject
        {
            ["guid"] = JsonValue.Create(guid),
            ["char"] = JsonValue.Create('\u00e9'),
            ["float"] = JsonValue.Create(0.25f),
            ["bool"] = JsonValue.Create(true),
            ["null"] = null,
        };

        Assert.Equal(
            "{\"bool\":true,\"char\":\"\u00e9\",\"float\":0.25,\"guid\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"null\":null}",
            JsonCanonicalizer.CanonicalizeToString(node));
    }

    [Fact]
    public void Null_node_is_the_null_literal()
    {
        Assert.Equal("null", JsonCanonicalizer.CanonicalizeToString(null));
        Assert.Equal("null"u8.ToArray(), JsonCanonicalizer.Canonicalize(null));
        Assert.Equal("[null,true,false]", JsonCanonicalizer.CanonicalizeJson(" [ null , true , false ] "));
    }

    [Fact]
    public void Members_are_sorted_by_UTF16_code_units_as_in_the_RFC_example()
    {
        var node = new JsonObject
        {
            ["\u20ac"] = "Euro Sign",
            ["\r"] = "Carriage Return",
            ["\ufb33"] = "Hebrew Letter Dalet With Dagesh",
            ["1"] = "One",
            ["\ud83d\ude00"] = "Emoji: Grinning Face",
            ["\u0080"] = "Control",
            ["\u00f6"] = "Latin Small Letter O With Diaeresis",
            ["a"] = "Latin Small Letter A",
        };

        string canonical = JsonCanonicalizer.CanonicalizeToString(node);

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"a\":\"Latin Small Letter A\",\"\u0080\":\"Control\","
            + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
            + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            canonical);
    }

    [Fact]
    public void Surrogate_pairs_sort_below_high_BMP_characters()
    {
        // By code point U+1F600 > U+FB33, but by UTF-16 code unit 0xD83D < 0xFB33.
        var node = new JsonObject { ["\ufb33"] = 1, ["\ud83d\ude00"] = 2, ["\uffff"] = 3, ["\ue000"] = 4 };

        Assert.Equal(
            "{\"\ud83d\ude00\":2,\"\ue000\":4,\"\ufb33\":1,\"\uffff\":3}",
            JsonCanonicalizer.CanonicalizeToString(node));
    }

    [Fact]
    public void Control_characters_are_escaped_with_lower_case_hex()
    {
        var node = JsonValue.Create("\u0000\u0001\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u001a\u001f\u007f");

        Assert.Equal(
            "\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u000e\\u001a\\u001f\u007f\"",
            JsonCanonicalizer.CanonicalizeToString(node));
        Assert.Equal("\"\\u001f\\u001b\"", JsonCanonicalizer.CanonicalizeJson("\"\\u001F\\u001B\""));
    }

    [Fact]
    public void Only_quote_and_backslash_and_controls_are_escaped()
    {
        var node = JsonValue.Create("\"\\/<>&'+`\u2028\u2029\u00e9\u4e2d\ud83d\ude02\ufeff");

        string canonical = JsonCanonicalizer.CanonicalizeToString(node);

        Assert.Equal("\"\\\"\\\\/<>&'+`\u2028\u2029\u00e9\u4e2d\ud83d\ude02\ufeff\"", canonical);
        Assert.Equal(canonical, JsonCanonicalizer.CanonicalizeJson("\"\\\"\\\\\\/\\u003c>\\u0026'+`\\u2028\\u2029\\u00E9\u4e2d\\uD83D\\uDE02\\ufeff\""));
    }

    [Fact]
    public void Output_is_UTF8_without_byte_order_mark()
    {
        byte[] bytes = JsonCanonicalizer.Canonicalize(new JsonObject { ["\u20ac"] = "\ud83d\ude02" });

        Assert.Equal(new byte[] { 0x7B, 0x22, 0xE2, 0x82, 0xAC, 0x22, 0x3A, 0x22, 0xF0, 0x9F, 0x98, 0x82, 0x22, 0x7D }, bytes);
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{\"a\":1,\"\\u0061\":1}")]
    [InlineData("{\"outer\":[{\"x\":true,\"y\":null,\"x\":false}]}")]
    public void Duplicate_member_names_are_rejected(string json)
    {
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeJson(json));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_rejected(double value)
    {
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeToString(JsonValue.Create(value)));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.Canonicalize(new JsonArray(1, JsonValue.Create(value))));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeToString(JsonValue.Create((float)value)));
    }

    [Fact]
    public void Lone_surrogates_are_rejected()
    {
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeToString(JsonValue.Create("a\ud800b")));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeToString(JsonValue.Create("\ude00")));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeToString(new JsonObject { ["\ud83d"] = 1 }));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeJson("\"\\ud800\""));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeJson("{\"\\udc00x\":1}"));
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeJson("\"\ud800\""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1} // comment")]
    [InlineData("[1] [2]")]
    [InlineData("NaN")]
    public void Invalid_JSON_text_is_rejected(string json)
    {
        Assert.Throws<FormatException>(() => JsonCanonicalizer.CanonicalizeJson(json));
    }

    [Fact]
    public void Whitespace_and_member_order_do_not_change_the_output()
    {
        const string Compact = "{\"b\":[1,2,{\"y\":\"z\",\"x\":[]}],\"a\":{\"d\":4.50,\"c\":-0}}";
        const string Spaced = "\r\n\t{ \"a\" : { \"c\" : 0 , \"d\" : 45e-1 } ,\n  \"b\" : [ 1.0 , 2E0 , { \"x\" : [ ] , \"y\" : \"z\" } ] }\n";
        const string Expected = "{\"a\":{\"c\":0,\"d\":4.5},\"b\":[1,2,{\"x\":[],\"y\":\"z\"}]}";

        Assert.Equal(Expected, JsonCanonicalizer.CanonicalizeJson(Compact));
        Assert.Equal(Expected, JsonCanonicalizer.CanonicalizeJson(Spaced));

        var built = new JsonObject
        {
            ["b"] = new JsonArray(1, 2L, new JsonObject { ["y"] = "z", ["x"] = new JsonArray() }),
            ["a"] = new JsonObject { ["d"] = 4.5m, ["c"] = -0.0 },
        };
        Assert.Equal(Expected, JsonCanonicalizer.CanonicalizeToString(built));
    }

    [Fact]
    public void Array_order_is_preserved()
    {
        Assert.Equal("[3,1,2,\"b\",\"a\"]", JsonCanonicalizer.CanonicalizeJson("[3, 1, 2, \"b\", \"a\"]"));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string cultureName)
    {
        const string Json = "{\"i\":1.5,\"I\":-0.0000033333333333333333,\"\u0131\":1e21,\"\u0130\":12345.678,\"a\":[1e-7,4.35,-1,\"Iii\"]}";
        const string Expected = "{\"I\":-0.0000033333333333333333,\"a\":[1e-7,4.35,-1,\"Iii\"],\"i\":1.5,\"\u0130\":12345.678,\"\u0131\":1e+21}";
        var node = new JsonObject
        {
            ["i"] = 1.5,
            ["I"] = -0.0000033333333333333333,
            ["\u0131"] = 1e21,
            ["\u0130"] = 12345.678m,
            ["a"] = new JsonArray(1e-7, 4.35, -1, "Iii"),
        };

        CultureInfo originalCulture = CultureInfo.CurrentCulture;
        CultureInfo originalUiCulture = CultureInfo.CurrentUICulture;
        string fromText;
        byte[] fromNode;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(cultureName);
            CultureInfo.CurrentUICulture = new CultureInfo(cultureName);
            fromText = JsonCanonicalizer.CanonicalizeJson(Json);
            fromNode = JsonCanonicalizer.Canonicalize(node);
        }
        finally
        {
            CultureInfo.CurrentCulture = originalCulture;
            CultureInfo.CurrentUICulture = originalUiCulture;
        }

        Assert.Equal(Expected, fromText);
        Assert.Equal(Encoding.UTF8.GetBytes(Expected), fromNode);
        Assert.Equal(Expected, JsonCanonicalizer.CanonicalizeJson(Json));
    }
}
