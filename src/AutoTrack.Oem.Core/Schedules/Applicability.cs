namespace AutoTrack.Oem;

/// <summary>Which vehicles of a schedule a service applies to. <see cref="Any"/> means all of them.</summary>
/// <param name="Engine">Engine, canonical ("2.5L", "3.5L V6", "hybrid", "diesel", "turbo"); null for any.</param>
/// <param name="Drivetrain">Drivetrain; null for any.</param>
/// <param name="Transmission">Transmission; null for any.</param>
/// <param name="IfEquipped">True for "if equipped" items (the vehicle may not have the part at all).</param>
public sealed record Applicability(string? Engine = null, Drivetrain? Drivetrain = null, TransmissionKind? Transmission = null, bool IfEquipped = false)
{
    /// <summary>Applies to every vehicle the schedule covers.</summary>
    public static Applicability Any { get; } = new();

    /// <summary>True when nothing restricts the service.</summary>
    public bool IsAny => this == Any;

    /// <summary>True when the service applies to a vehicle; parts the vehicle does not state are assumed to match.</summary>
    public bool AppliesTo(VehicleDescriptor vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return (Drivetrain is null || vehicle.Drivetrain is null || Drivetrain == vehicle.Drivetrain)
            && (Transmission is null || vehicle.Transmission is null || Transmission == vehicle.Transmission)
            && (Engine is null || vehicle.Engine is null
                || vehicle.Engine.Contains(Engine, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A stable text form used in natural keys and storage ("engine=2.5l;drivetrain=awd;if_equipped").</summary>
    public string Key
    {
        get
        {
            var parts = new List<string>(4);
            if (Engine is not null)
            {
                parts.Add("engine=" + Engine.ToLowerInvariant());
            }

            if (Drivetrain is not null)
            {
                parts.Add("drivetrain=" + Drivetrain.Value.ToString().ToLowerInvariant());
            }

            if (Transmission is not null)
            {
                parts.Add("transmission=" + Transmission.Value.ToString().ToLowerInvariant());
            }

            if (IfEquipped)
            {
                parts.Add("if_equipped");
            }

            return parts.Count == 0 ? "any" : string.Join(';', parts);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}
