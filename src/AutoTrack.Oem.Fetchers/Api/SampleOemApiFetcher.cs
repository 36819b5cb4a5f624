using System.Globalization;
using AutoTrack.Oem.Fetchers.Internal;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AutoTrack.Oem.Fetchers;

/// <summary>
/// Reads the sample OEM maintenance API (the one <c>AutoTrack.Oem.Testing</c>'s simulator serves):
/// <c>GET api/v1/maintenance?year=&amp;make=&amp;model=</c> answering
/// <c>{"schemaVersion":1,"vehicle":{...},"title":"...","items":[{"item":"Engine oil and filter","action":"Replace",
/// "intervalMiles":7500,"intervalMonths":6,"firstMiles":null,"firstMonths":null,"conditions":[],"notes":null}]}</c>.
/// Each item becomes one <see cref="RawScheduleItem"/> whose <see cref="RawScheduleItem.Text"/> is the sentence the API's
/// fields say, with the API's own wording kept verbatim ("Replace Engine oil and filter every 7,500 miles or 6 months
/// (AWD models only)"), whose <see cref="RawScheduleItem.Section"/> lists the item's operating conditions, and whose
/// <see cref="RawScheduleItem.Location"/> row is its 1-based position in the response.
/// </summary>
/// <remarks>A documented API used with credentials issued to us (<see cref="TermsOfUse.DocumentedApi"/>), priority 100.
/// It supports the vehicles of <see cref="SampleOemApiOptions.Makes"/>, or every vehicle when none are listed; one the
/// API does not know answers 404, which is <see cref="FetchOutcome.Unsupported"/>. One resource (year, make, model)
/// covers every trim of a model year.
/// See <see cref="JsonApiFetcher"/> for the other outcomes.</remarks>
public sealed class SampleOemApiFetcher : JsonApiFetcher
{
    /// <summary>The heading an item's operating conditions are listed under in <see cref="RawScheduleItem.Section"/>.</summary>
    public const string ConditionsHeading = "Maintenance under special operating conditions";

    private const string Schema = """
        {
          "type": "object",
          "required": ["schemaVersion", "vehicle", "items"],
          "properties": {
            "schemaVersion": { "type": "integer" },
            "vehicle": {
              "type": "object",
              "required": ["year", "make", "model"],
              "properties": { "year": { "type": "integer" }, "make": { "type": "string" }, "model": { "type": "string" } }
            },
            "title": { "type": ["string", "null"] },
            "items": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["item", "action", "intervalMiles", "intervalMonths", "conditions"],
                "properties": {
                  "item": { "type": "string" },
                  "action": { "type": "string" },
                  "intervalMiles": { "type": ["integer", "null"] },
                  "intervalMonths": { "type": ["integer", "null"] },
                  "firstMiles": { "type": ["integer", "null"] },
                  "firstMonths": { "type": ["integer", "null"] },
                  "conditions": { "type": "array", "items": { "type": "string" } },
                  "notes": { "type": ["string", "null"] }
                }
              }
            }
          }
        }
        """;

    private static readonly FetcherMetadata Info = new("sample-oem-api", "Sample OEM", SourceKind.OemApi, 100)
    {
        TermsOfUse = TermsOfUse.DocumentedApi,
    };

    private readonly MakeFilter _makes;

    /// <summary>Creates the fetcher.</summary>
    /// <exception cref="ArgumentException">The options have no <see cref="JsonApiOptions.BaseAddress"/>.</exception>
    public SampleOemApiFetcher(HttpClient httpClient, IOptions<SampleOemApiOptions> options, TimeProvider timeProvider)
        : base(httpClient, (options ?? throw new ArgumentNullException(nameof(options))).Value, timeProvider)
    {
        _makes = MakeFilter.From(options.Value.Makes);
    }

    /// <inheritdoc />
    public override FetcherMetadata Metadata => Info;

    /// <inheritdoc />
    protected override string ResponseSchema => Schema;

    /// <inheritdoc />
    public override bool Supports(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return _makes.Covers(vehicle);
    }

    /// <inheritdoc />
    protected override Uri? EndpointFor(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return new Uri(string.Create(CultureInfo.InvariantCulture,
            $"api/v1/maintenance?year={vehicle.Year}&make={Uri.EscapeDataString(vehicle.Make)}&model={Uri.EscapeDataString(vehicle.Model)}"), UriKind.Relative);
    }

    /// <inheritdoc />
    protected override string? ReadTitle(JsonElement response) =>
        response.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;

    /// <inheritdoc />
    protected override IReadOnlyList<RawScheduleItem> ReadItems(JsonElement response)
    {
        var items = new List<RawScheduleItem>();
        var row = 0;
        foreach (var item in response.GetProperty("items").EnumerateArray())
        {
            row++;
            var conditions = item.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()!).Where(c => c.Length > 0).ToList();
            items.Add(new RawScheduleItem(Sentence(item))
            {
                Section = conditions.Count == 0 ? null : $"{ConditionsHeading} / {string.Join("; ", conditions)}",
                Location = new SourceLocation(Row: row),
            });
        }

        return items;
    }

    private static string Sentence(JsonElement item)
    {
        var text = new StringBuilder();
        text.Append(item.GetProperty("action").GetString()).Append(' ').Append(item.GetProperty("item").GetString());
        var every = Interval(item, "intervalMiles", "intervalMonths");
        var first = Interval(item, "firstMiles", "firstMonths");
        if (every is not null && first is not null && !string.Equals(every, first, StringComparison.Ordinal))
        {
            text.Append(": first at ").Append(first).Append(", then every ").Append(every);
        }
        else if (every is not null)
        {
            text.Append(" every ").Append(every);
        }
        else if (first is not null)
        {
            text.Append(", one-time at ").Append(first);
        }

        if (item.TryGetProperty("notes", out var notes) && notes.ValueKind == JsonValueKind.String && notes.GetString() is { Length: > 0 } note)
        {
            text.Append(" (").Append(note).Append(')');
        }

        return text.ToString();
    }

    private static string? Interval(JsonElement item, string milesName, string monthsName)
    {
        int? miles = item.TryGetProperty(milesName, out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : null;
        int? months = item.TryGetProperty(monthsName, out var mo) && mo.ValueKind == JsonValueKind.Number ? mo.GetInt32() : null;
        return (miles, months) switch
        {
            ({ } mi, { } mon) => string.Create(CultureInfo.InvariantCulture, $"{mi:N0} miles or {mon} months"),
            ({ } mi, null) => string.Create(CultureInfo.InvariantCulture, $"{mi:N0} miles"),
            (null, { } mon) => string.Create(CultureInfo.InvariantCulture, $"{mon} months"),
            _ => null,
        };
    }
}
