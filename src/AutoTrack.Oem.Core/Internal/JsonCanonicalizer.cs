using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoTrack.Oem.Internal;

/// <summary>
/// Serializes JSON data in the RFC 8785 JSON Canonicalization Scheme (JCS): no insignificant whitespace,
/// object members sorted by their names compared as UTF-16 code units, strings escaped as ECMAScript
/// <c>JSON.stringify</c> does, and numbers written as ECMAScript <c>Number.prototype.toString</c> writes
/// the IEEE-754 double they denote.
/// </summary>
/// <remarks>
/// <para>
/// Input that JCS cannot represent is rejected with a <see cref="FormatException"/>: duplicate member names
/// (compared after unescaping), lone surrogates in names or strings, and numbers that are NaN, infinite or
/// outside the double range. Every number is reduced to an IEEE-754 double, so integers beyond 2^53 lose
/// precision exactly as RFC 8785 prescribes.
/// </para>
/// <para>
/// A <see cref="JsonValue"/> that wraps a CLR <see cref="double"/> is used as is. Any other CLR value
/// (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="float"/>, <see cref="Guid"/>, ...)
/// is canonicalized from the JSON text System.Text.Json writes for it, with numbers read back as doubles.
/// </para>
/// <para>The output does not depend on the current culture.</para>
/// </remarks>
internal static class JsonCanonicalizer
{
    private const string HexDigits = "0123456789abcdef";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>Returns the canonical UTF-8 bytes of a JSON node tree.</summary>
    /// <param name="node">The tree to serialize; <see langword="null"/> stands for the JSON <c>null</c> literal.</param>
    /// <returns>The RFC 8785 canonical form, UTF-8 encoded, without a byte order mark.</returns>
    /// <exception cref="FormatException">The tree holds data JCS cannot represent (see the class remarks).</exception>
    public static byte[] Canonicalize(JsonNode? node) => StrictUtf8.GetBytes(CanonicalizeToString(node));

    /// <summary>Returns the canonical form of a JSON node tree as a string.</summary>
    /// <param name="node">The tree to serialize; <see langword="null"/> stands for the JSON <c>null</c> literal.</param>
    /// <returns>The RFC 8785 canonical form.</returns>
    /// <exception cref="FormatException">The tree holds data JCS cannot represent (see the class remarks).</exception>
    public static string CanonicalizeToString(JsonNode? node)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node);
        return builder.ToString();
    }

    /// <summary>Parses JSON text and returns its canonical form.</summary>
    /// <param name="json">A complete JSON text (RFC 8259; no comments, no trailing commas).</param>
    /// <returns>The RFC 8785 canonical form of the parsed data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// The text is not valid JSON, or it holds data JCS cannot represent (see the class remarks).
    /// </exception>
    public static string CanonicalizeJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        EnsureWellFormedUtf16(json);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The text is not valid JSON or has duplicate member names: " + ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            // The duplicate-name check unescapes member names and reports lone surrogates this way.
            throw new FormatException("The JSON text cannot be canonicalized: " + ex.Message, ex);
        }

        using (document)
        {
            var builder = new StringBuilder(json.Length);
            WriteElement(builder, document.RootElement);
            return builder.ToString();
        }
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj);
                break;
            case JsonArray array:
                builder.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteNode(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
            default:
                throw new FormatException($"Unsupported JSON node type '{node.GetType()}'.");
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj)
    {
        var members = new KeyValuePair<string, JsonNode?>[obj.Count];
        int count = 0;
        foreach (KeyValuePair<string, JsonNode?> member in obj)
        {
            members[count++] = member;
        }

        Array.Sort(members, static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        builder.Append('{');
        for (int i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                EnsureDistinct(members[i - 1].Key, members[i].Key);
                builder.Append(',');
            }

            WriteString(builder, members[i].Key);
            builder.Append(':');
            WriteNode(builder, members[i].Value);
        }

        builder.Append('}');
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        // GetValue<object> hands back the wrapped CLR value (a JsonElement when the node came from parsing).
        object wrapped = value.GetValue<object>();
        switch (wrapped)
        {
            case JsonElement element:
                WriteElement(builder, element);
                return;
            case string text:
                WriteString(builder, text);
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case double number:
                WriteNumber(builder, number);
                return;
            case float single when !float.IsFinite(single):
                throw new FormatException("NaN and infinite numbers cannot be canonicalized.");
            case Half half when !Half.IsFinite(half):
                throw new FormatException("NaN and infinite numbers cannot be canonicalized.");
            default:
                WriteSerializedValue(builder, value);
                return;
        }
    }

    private static void WriteSerializedValue(StringBuilder builder, JsonValue value)
    {
        string json;
        try
        {
            json = value.ToJsonString();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or JsonException)
        {
            throw new FormatException($"The value of type '{value.GetValue<object>().GetType()}' cannot be written as JSON.", ex);
        }

        builder.Append(CanonicalizeJson(json));
    }

    private static void WriteElement(StringBuilder builder, JsonElement element)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(builder, element);
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                bool first = true;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteElement(builder, item);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(builder, ReadString(element));
                break;
            case JsonValueKind.Number:
                WriteNumber(builder, ReadNumber(element));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            default:
                throw new FormatException($"A JSON element of kind '{element.ValueKind}' cannot be canonicalized.");
        }
    }

    private static void WriteObject(StringBuilder builder, JsonElement element)
    {
        var members = new List<KeyValuePair<string, JsonElement>>();
        foreach (JsonProperty property in element.EnumerateObject())
        {
            members.Add(new KeyValuePair<string, JsonElement>(ReadName(property), property.Value));
        }

        members.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        builder.Append('{');
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                EnsureDistinct(members[i - 1].Key, members[i].Key);
                builder.Append(',');
            }

            WriteString(builder, members[i].Key);
            builder.Append(':');
            WriteElement(builder, members[i].Value);
        }

        builder.Append('}');
    }

    private static void EnsureDistinct(string previous, string current)
    {
        if (string.Equals(previous, current, StringComparison.Ordinal))
        {
            throw new FormatException($"Duplicate member name '{current}'.");
        }
    }

    private static string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("A member name is not valid Unicode (lone surrogate).", ex);
        }
    }

    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("A string is not valid Unicode (lone surrogate).", ex);
        }
    }

    private static double ReadNumber(JsonElement element)
    {
        ReadOnlySpan<byte> text = JsonMarshal.GetRawUtf8Value(element);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            throw new FormatException($"The number '{Encoding.UTF8.GetString(text)}' cannot be read as a double.");
        }

        return number;
    }

    /// <summary>Writes a string as ECMAScript <c>JSON.stringify</c> does, rejecting lone surrogates.</summary>
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new FormatException($"The string has a lone surrogate U+{(int)c:X4} at index {i}.");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Writes a double as ECMAScript <c>Number.prototype.toString</c> (ECMA-262 Number::toString) does.</summary>
    private static void WriteNumber(StringBuilder builder, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException("NaN and infinite numbers cannot be canonicalized.");
        }

        if (value == 0)
        {
            // Covers -0, which ECMAScript writes as "0".
            builder.Append('0');
            return;
        }

        // "R" yields the shortest digit string that round-trips, e.g. "1.5", "1E+21", "5E-324", "-1.2345E-07".
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[32];
        int digitCount = 0;
        int pointPosition = -1;
        int exponent = 0;
        int start = 0;
        if (shortest[0] == '-')
        {
            builder.Append('-');
            start = 1;
        }

        for (int i = start; i < shortest.Length; i++)
        {
            char c = shortest[i];
            if (c is >= '0' and <= '9')
            {
                digits[digitCount++] = c;
            }
            else if (c == '.')
            {
                pointPosition = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(shortest.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                throw new FormatException($"Unexpected character in the number text '{shortest}'.");
            }
        }

        if (pointPosition < 0)
        {
            pointPosition = digitCount;
        }

        // Normalize to value = 0.d1d2...dk * 10^n with d1 != 0 and dk != 0 (ECMA-262: s * 10^(n-k)).
        int leading = 0;
        while (leading < digitCount - 1 && digits[leading] == '0')
        {
            leading++;
        }

        int end = digitCount;
        while (end > leading + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        ReadOnlySpan<char> s = digits[leading..end];
        int k = s.Length;
        int n = pointPosition - leading + exponent;

        if (k <= n && n <= 21)
        {
            // Integer: the digits followed by n-k zeros.
            builder.Append(s).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            // Fraction with a non-zero integer part.
            builder.Append(s[..n]).Append('.').Append(s[n..]);
        }
        else if (-6 < n && n <= 0)
        {
            // Small fraction: "0." then -n zeros then the digits.
            builder.Append("0.").Append('0', -n).Append(s);
        }
        else
        {
            // Exponent form: d[.ddd]e+x or d[.ddd]e-x.
            builder.Append(s[0]);
            if (k > 1)
            {
                builder.Append('.').Append(s[1..]);
            }

            int e = n - 1;
            builder.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void EnsureWellFormedUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new FormatException($"The JSON text has a lone surrogate U+{(int)c:X4} at index {i}.");
            }
        }
    }
}
