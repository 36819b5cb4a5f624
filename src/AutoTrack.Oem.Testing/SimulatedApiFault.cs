namespace AutoTrack.Oem.Testing;

/// <summary>How the simulator's maintenance API misbehaves (<see cref="SimulatedOemApi.SetApiFaultAsync"/>).</summary>
public enum SimulatedApiFault
{
    /// <summary>Correct responses.</summary>
    None,

    /// <summary>Responses whose third item (<c>$.items[2]</c>) has no "action" property: a schema violation.</summary>
    SchemaViolation,

    /// <summary>Responses cut off in the middle of the JSON (still declared application/json).</summary>
    MalformedJson,
}
