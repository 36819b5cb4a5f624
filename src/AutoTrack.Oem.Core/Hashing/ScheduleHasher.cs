using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AutoTrack.Oem.Internal;

namespace AutoTrack.Oem;

/// <summary>
/// Canonical hashing of a schedule's meaning: SHA-256 over the RFC 8785 (JSON Canonicalization Scheme) form
/// of its services (code, action, intervals, monitor, tie, conditions, applicability) and the normalized
/// wording of what could not be understood. Wording, provenance, reminder leads and other derived or
/// volatile fields are excluded, so reordering items, rewording them or re-fetching the same document does
/// not change the hash; the normalizer version travels beside it. docs/hashing.md shows the canonical form.
/// </summary>
public static class ScheduleHasher
{
    /// <summary>Hashes a schedule's meaning.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static ScheduleHash Compute(NormalizedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var bytes = JsonCanonicalizer.Canonicalize(CanonicalNode(schedule));
        return new ScheduleHash(Convert.ToHexStringLower(SHA256.HashData(bytes)), schedule.NormalizerVersion);
    }

    /// <summary>The canonical (RFC 8785) JSON text that <see cref="Compute"/> hashes.</summary>
    public static string CanonicalForm(NormalizedSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return JsonCanonicalizer.CanonicalizeToString(CanonicalNode(schedule));
    }

    /// <summary>The canonical JSON of one service's meaning; two services mean the same when these are equal.</summary>
    public static string CanonicalService(ScheduleService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return JsonCanonicalizer.CanonicalizeToString(ServiceNode(service));
    }

    private static JsonObject CanonicalNode(NormalizedSchedule schedule)
    {
        var services = new JsonArray();
        foreach (var node in schedule.Services.Select(ServiceNode)
                     .Select(n => (Node: n, Text: JsonCanonicalizer.CanonicalizeToString(n)))
                     .OrderBy(p => p.Text, StringComparer.Ordinal))
        {
            services.Add(node.Node);
        }

        var root = new JsonObject { ["services"] = services };
        var unrecognized = schedule.Unrecognized
            .Select(u => OemText.Fold(u.Text))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unrecognized.Count > 0)
        {
            root["unrecognized"] = new JsonArray([.. unrecognized.Select(t => (JsonNode)JsonValue.Create(t))]);
        }

        return root;
    }

    // Absent optional parts are omitted rather than written as null, so adding an optional field later
    // leaves the hashes of schedules that do not use it unchanged.
    private static JsonObject ServiceNode(ScheduleService service)
    {
        var node = new JsonObject
        {
            ["code"] = service.Code,
            ["action"] = service.Action.Code(),
        };
        AddInterval(node, "interval", service.Interval);
        AddInterval(node, "initial", service.Initial);
        if (service.Monitor is { } monitor)
        {
            var monitorNode = new JsonObject { ["kind"] = monitor.Kind };
            AddInterval(monitorNode, "cap", monitor.Cap);
            node["monitor"] = monitorNode;
        }

        if (service.TiedTo is { } tie)
        {
            node["tied_to"] = new JsonObject { ["code"] = tie.Code, ["every"] = tie.Every };
        }

        if (service.Conditions.Count > 0)
        {
            node["conditions"] = new JsonArray([.. service.Conditions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => (JsonNode)JsonValue.Create(c))]);
        }

        if (!service.Applicability.IsAny)
        {
            var applicability = new JsonObject();
            var a = service.Applicability;
            if (a.Engine is not null)
            {
                applicability["engine"] = a.Engine.ToLowerInvariant();
            }

            if (a.Drivetrain is not null)
            {
                applicability["drivetrain"] = a.Drivetrain.Value.ToString().ToLowerInvariant();
            }

            if (a.Transmission is not null)
            {
                applicability["transmission"] = a.Transmission.Value.ToString().ToLowerInvariant();
            }

            if (a.IfEquipped)
            {
                applicability["if_equipped"] = true;
            }

            node["applicability"] = applicability;
        }

        return node;
    }

    private static void AddInterval(JsonObject parent, string name, ServiceInterval? interval)
    {
        if (interval is null)
        {
            return;
        }

        var node = new JsonObject();
        if (interval.Miles is { } miles)
        {
            node["miles"] = miles;
        }

        if (interval.Months is { } months)
        {
            node["months"] = months;
        }

        parent[name] = node;
    }
}
