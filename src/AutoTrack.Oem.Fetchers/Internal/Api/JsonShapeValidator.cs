using System.Globalization;
using System.Text.Json;

namespace AutoTrack.Oem.Fetchers.Internal.Api;

/// <summary>
/// Checks a JSON value against a declared schema written in a small subset of JSON Schema: <c>type</c> (a name or an
/// array of names among object, array, string, integer, number, boolean, null), <c>required</c>, <c>properties</c>,
/// <c>items</c> and <c>minItems</c>. Other keywords are ignored; properties not declared are allowed (APIs add fields).
/// Reports the first violation with its JSON path ("$.items[2].action is required but missing").
/// </summary>
internal static class JsonShapeValidator
{
    public static string? FirstViolation(JsonElement schema, JsonElement value) => Check(schema, value, "$");

    private static string? Check(JsonElement schema, JsonElement value, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            return $"{path} should be {Describe(type)} but is {KindName(value)}";
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (name.GetString() is { } property && !value.TryGetProperty(property, out _))
                    {
                        return $"{Child(path, property)} is required but missing";
                    }
                }
            }

            if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child) && Check(property.Value, child, Child(path, property.Name)) is { } problem)
                    {
                        return problem;
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var minimum) && value.GetArrayLength() < minimum)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{path} should have at least {minimum} item(s) but has {value.GetArrayLength()}");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    if (Check(items, element, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")) is { } problem)
                    {
                        return problem;
                    }

                    index++;
                }
            }
        }

        return null;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind switch
    {
        JsonValueKind.String => Is(type.GetString(), value),
        JsonValueKind.Array => type.EnumerateArray().Any(t => Is(t.GetString(), value)),
        _ => true,
    };

    private static bool Is(string? type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Describe(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
        : type.GetString() ?? "?";

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };

    private static string Child(string path, string property) =>
        property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{property}" : $"{path}['{property.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
