using System.Reflection;
using Npgsql;

namespace AutoTrack.Oem.Samples.Tests;

/// <summary>The console main job as a user runs it: its real entry point, real simulator, real HTTP, real databases.</summary>
[Collection("console")] // the entry point writes to the process's console: one test at a time
public sealed class ConsoleHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oem-console-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var entry = typeof(AutoTrack.Oem.ConsoleHost.CommandLine).Assembly.EntryPoint!;
        var (output, errors) = (new StringWriter(), new StringWriter());
        var (savedOut, savedError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var result = entry.Invoke(null, [args]);
            var exit = result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
            return (exit, output.ToString(), errors.ToString());
        }
        catch (TargetInvocationException error)
        {
            throw error.InnerException!;
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    [InlineData(new[] { "lookup", "--make", "Toyota", "--model", "Camry" }, "lookup needs --year, --make and --model")]
    [InlineData(new[] { "lookup", "--year", "20x1", "--make", "Toyota", "--model", "Camry" }, "--year must be a model year")]
    [InlineData(new[] { "run", "--db", "a.db", "--connection", "Host=x" }, "either --db or --connection")]
    [InlineData(new[] { "run", "--db" }, "--db needs a value")]
    [InlineData(new[] { "schema" }, "exactly one of --postgres or --sqlite")]
    [InlineData(new[] { "run", "--verbose" }, "Unknown option '--verbose'")]
    public void Bad_arguments_get_a_clear_error_and_the_usage(string[] args, string message)
    {
        var (exit, _, errors) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_main_job_stores_sample_schedules_then_finds_them_unchanged_and_looks_them_up()
    {
        var db = Path.Combine(_folder, "schedules.db");

        var first = Run("--db", db);
        var second = Run("run", "--db", db);
        var lookup = Run("lookup", "--year", "2021", "--make", "toyota", "--model", "camry", "--trim", "LE", "--db", db);
        var missing = Run("lookup", "--year", "1999", "--make", "Toyota", "--model", "Camry", "--db", db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("SAMPLES", first.Output, StringComparison.Ordinal);
        Assert.Matches(@"28 vehicles, 25 documents read, 0 not modified: 28 new, 0 changed, 0 unchanged, 0 reprocessed, 0 quarantined, 0 conflicts, 0 failed", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"28 vehicles, 0 documents read, 25 not modified: 0 new, 0 changed, 28 unchanged, 0 reprocessed", second.Output);
        Assert.Contains("[ 28/28]", second.Output, StringComparison.Ordinal); // plain progress lines when redirected
        Assert.Equal(0, lookup.ExitCode);
        Assert.Contains("2021 Toyota Camry (all trims)", lookup.Output, StringComparison.Ordinal);
        Assert.Matches(@"Engine oil\s+replace\s+every 10,000 mi or 12 mo", lookup.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no schedule stored for 1999 Toyota Camry", missing.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_main_job_runs_against_PostgreSQL_with_a_connection_string()
    {
        var admin = Environment.GetEnvironmentVariable("AUTOTRACK_TEST_POSTGRES")
            ?? throw new InvalidOperationException("AUTOTRACK_TEST_POSTGRES is not set. Run ./build/test.sh, which starts a throwaway PostgreSQL server.");
        var name = "oem_console_" + Guid.NewGuid().ToString("N")[..12];
        Execute(admin, $"CREATE DATABASE {name}");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

            var run = Run("--connection", connection);
            var lookup = Run("lookup", "--year", "2022", "--make", "Hyundai", "--model", "Tucson", "--connection", connection);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Storing in PostgreSQL", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"28 new", run.Output);
            Assert.Equal(0, lookup.ExitCode);
            Assert.Contains("Hyundai Tucson", lookup.Output, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public void Schema_prints_the_whole_script()
    {
        var postgres = Run("schema", "--postgres");
        var sqlite = Run("schema", "--sqlite");

        Assert.Equal(0, postgres.ExitCode);
        Assert.Contains("CREATE TABLE IF NOT EXISTS public.manufacturer_schedules", postgres.Output, StringComparison.Ordinal);
        Assert.Contains("ENABLE ROW LEVEL SECURITY", postgres.Output, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE IF NOT EXISTS oem_change_log", sqlite.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_database_is_a_clear_error_not_a_crash()
    {
        var (exit, _, errors) = Run("lookup", "--year", "2021", "--make", "Toyota", "--model", "Camry", "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=2");

        Assert.Equal(1, exit);
        Assert.Contains("the database could not be used", errors, StringComparison.Ordinal);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
