namespace AutoTrack.Oem.Tests;

public class PackageBoundaryTests
{
    [Fact]
    public void Core_references_no_IO_database_or_HTTP_assembly()
    {
        var allowed = new[] { "System.", "Microsoft.Extensions.", "UnitsNet", "netstandard", "mscorlib" };
        var forbidden = new[] { "System.Net", "System.Data", "Npgsql", "linq2db", "Microsoft.Data", "Microsoft.Playwright", "UglyToad", "AngleSharp", "Microsoft.Extensions.Http", "Quartz", "System.IO.FileSystem" };

        var references = typeof(ScheduleNormalizer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.Contains(allowed, prefix => name.StartsWith(prefix, StringComparison.Ordinal) || name == prefix));
        Assert.All(references, name => Assert.DoesNotContain(forbidden, prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Public_types_of_Core_live_in_the_root_namespace_and_internals_stay_internal()
    {
        var types = typeof(ScheduleNormalizer).Assembly.GetExportedTypes();

        Assert.All(types, t => Assert.Equal("AutoTrack.Oem", t.Namespace));
        Assert.DoesNotContain(types, t => t.Name is "OemText" or "PhraseMatcher`1" or "Quantities" or "JsonCanonicalizer");
    }
}
