namespace AutoTrack.Oem;

/// <summary>Stable codes of <see cref="ServiceAction"/> values.</summary>
public static class ServiceActionExtensions
{
    /// <summary>The stable lower-case code ("replace") used in hashes, storage and the API.</summary>
    public static string Code(this ServiceAction action) => action switch
    {
        ServiceAction.Replace => "replace",
        ServiceAction.Inspect => "inspect",
        ServiceAction.Rotate => "rotate",
        ServiceAction.Adjust => "adjust",
        ServiceAction.Clean => "clean",
        ServiceAction.Lubricate => "lubricate",
        ServiceAction.Tighten => "tighten",
        ServiceAction.Perform => "perform",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown service action."),
    };

    /// <summary>Parses a code produced by <see cref="Code"/>.</summary>
    /// <exception cref="FormatException">The code is not one of ours.</exception>
    public static ServiceAction ParseCode(string code)
        => Internal.EnumCodes.Parse<ServiceAction>(code, Code, "service action");
}
