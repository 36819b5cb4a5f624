using System.Text.Json;

namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Writes a sample vehicle's schedule as the simulated maintenance API's JSON: one item per
/// <see cref="SampleService"/> with the noun ("Engine oil and oil filter") and the verb ("Replace") apart, the intervals as
/// numbers, the condition wordings and the footnote as notes.</summary>
internal static class ApiSchedule
{
    private static readonly string[] Verbs = ["Replace", "Inspect", "Rotate", "Re-torque"];

    public static byte[] Write(SampleVehicle sample, SimulatedApiFault fault)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartObject("vehicle");
            json.WriteNumber("year", sample.Vehicle.Year);
            json.WriteString("make", sample.Vehicle.Make);
            json.WriteString("model", sample.Vehicle.Model);
            json.WriteEndObject();
            json.WriteString("title", sample.Schedule.Title);
            json.WriteString("disclaimer", SampleSchedule.SampleLabel);
            json.WriteStartArray("items");
            var index = 0;
            foreach (var service in sample.Schedule.Services)
            {
                var (action, item) = Split(service);
                json.WriteStartObject();
                json.WriteString("item", item);
                if (!(fault == SimulatedApiFault.SchemaViolation && index == 2))
                {
                    json.WriteString("action", action);
                }

                WriteNumber(json, "intervalMiles", service.Every?.Miles);
                WriteNumber(json, "intervalMonths", service.Every?.Months);
                WriteNumber(json, "firstMiles", service.FirstAt?.Miles);
                WriteNumber(json, "firstMonths", service.FirstAt?.Months);
                json.WriteStartArray("conditions");
                foreach (var condition in service.Conditions)
                {
                    json.WriteStringValue(condition.Wording);
                }

                json.WriteEndArray();
                if (service.Footnote is { } note)
                {
                    json.WriteString("notes", note);
                }
                else
                {
                    json.WriteNull("notes");
                }

                json.WriteEndObject();
                index++;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var bytes = buffer.ToArray();
        return fault == SimulatedApiFault.MalformedJson ? bytes[..(bytes.Length / 2)] : bytes;
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The verb and the noun of a printed wording; a wording that states its timing is cut before it.</summary>
    private static (string Action, string Item) Split(SampleService service)
    {
        var wording = service.Wording;
        if (service.WordingStatesTiming && wording.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            wording = wording[..colon];
        }

        foreach (var verb in Verbs)
        {
            if (wording.StartsWith(verb + " ", StringComparison.Ordinal))
            {
                var rest = wording[(verb.Length + 1)..];
                return (verb, char.ToUpperInvariant(rest[0]) + rest[1..]);
            }
        }

        var action = service.Action.ToString();
        return (action, wording);
    }
}
