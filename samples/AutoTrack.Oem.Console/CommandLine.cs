using System.Globalization;

namespace AutoTrack.Oem.ConsoleHost;

/// <summary>The console's commands, parsed from arguments with clear errors.</summary>
internal sealed record CommandLine(string Command, string? Connection, string DatabasePath, int? Year, string? Make, string? Model, string? Trim, bool Postgres)
{
    public const string Usage = """
        Usage:
          autotrack-oem [run] [--db PATH | --connection "Host=..."]
              Runs the main job over the bundled sample OEM documents (served over HTTP by the built-in simulator)
              into an embedded SQLite file (default ./autotrack-oem.db) or PostgreSQL.
          autotrack-oem lookup --year 2021 --make Toyota --model Camry [--trim LE] [--db PATH | --connection "Host=..."]
              Prints the stored schedule of a vehicle.
          autotrack-oem schema --postgres | --sqlite
              Prints the database schema as one SQL script.
        """;

    public static CommandLine Parse(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
        if (command is not ("run" or "lookup" or "schema"))
        {
            throw new ArgumentException($"Unknown command '{command}'.");
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal) { "--postgres", "--sqlite" };
        var valued = new HashSet<string>(StringComparer.Ordinal) { "--db", "--connection", "--year", "--make", "--model", "--trim" };
        for (var i = command == "run" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                options[name] = null;
            }
            else if (valued.Contains(name))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"{name} needs a value.");
                }

                options[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        if (options.ContainsKey("--db") && options.ContainsKey("--connection"))
        {
            throw new ArgumentException("Use either --db or --connection, not both.");
        }

        int? year = null;
        if (options.TryGetValue("--year", out var yearText))
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < VehicleDescriptor.MinimumYear || parsed > 2100)
            {
                throw new ArgumentException($"--year must be a model year between {VehicleDescriptor.MinimumYear} and 2100, not '{yearText}'.");
            }

            year = parsed;
        }

        var result = new CommandLine(command, options.GetValueOrDefault("--connection"), options.GetValueOrDefault("--db") ?? "autotrack-oem.db",
            year, options.GetValueOrDefault("--make"), options.GetValueOrDefault("--model"), options.GetValueOrDefault("--trim"), options.ContainsKey("--postgres"));
        if (command == "lookup" && (result.Year is null || string.IsNullOrWhiteSpace(result.Make) || string.IsNullOrWhiteSpace(result.Model)))
        {
            throw new ArgumentException("lookup needs --year, --make and --model.");
        }

        if (command == "schema" && options.ContainsKey("--postgres") == options.ContainsKey("--sqlite"))
        {
            throw new ArgumentException("schema needs exactly one of --postgres or --sqlite.");
        }

        return result;
    }
}
