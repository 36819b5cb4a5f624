namespace AutoTrack.Oem.Internal;

/// <summary>Reverse lookup of the stable codes our enums expose through <c>Code()</c> extension methods.</summary>
internal static class EnumCodes
{
    public static T Parse<T>(string code, Func<T, string> codeOf, string what)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(codeOf(value), code, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new FormatException($"'{code}' is not a {what} code.");
    }
}
