namespace AutoTrack.Oem.Internal;

/// <summary>A point of a milestone list or matrix column: "30,000 miles or 36 months".</summary>
internal readonly record struct Milestone(int? Miles, int? Months);

/// <summary>The interval inferred from the milestones at which an item recurs.</summary>
internal sealed record InferredInterval(ServiceInterval? Repeat, ServiceInterval? Initial, bool Irregular);

/// <summary>
/// Infers intervals from milestones (docs/normalization.md): the repeat is the common step between
/// occurrences; a first occurrence that differs from the step is the initial interval ("first at 100,000,
/// then every 50,000"); an item seen once is a one-time item when the list runs on to at least twice its
/// milestone without it, otherwise it is taken to recur at that step; uneven steps use their greatest common
/// divisor and are flagged irregular. Miles and months are inferred separately.
/// </summary>
internal static class MilestoneInference
{
    public static InferredInterval Infer(IReadOnlyCollection<Milestone> occurrences, Milestone horizon)
    {
        var miles = Series(occurrences.Select(o => o.Miles), horizon.Miles);
        var months = Series(occurrences.Select(o => o.Months), horizon.Months);
        if (miles is null && months is null)
        {
            return new InferredInterval(null, null, false);
        }

        var oneTime = miles?.OneTime ?? months!.OneTime;
        var irregular = (miles?.Irregular ?? false) || (months?.Irregular ?? false);
        if (oneTime)
        {
            return new InferredInterval(null, new ServiceInterval(miles?.First, months?.First), irregular);
        }

        var repeat = new ServiceInterval(miles?.Step, months?.Step);
        var differs = (miles is not null && miles.First != miles.Step) || (months is not null && months.First != months.Step);
        var initial = differs ? new ServiceInterval(miles?.First, months?.First) : null;
        return new InferredInterval(repeat, initial, irregular);
    }

    private sealed record SeriesResult(int First, int Step, bool OneTime, bool Irregular);

    private static SeriesResult? Series(IEnumerable<int?> values, int? horizon)
    {
        var points = values.Where(v => v is > 0).Select(v => v!.Value).Distinct().Order().ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var first = points[0];
        if (points.Count == 1)
        {
            var oneTime = horizon is { } h && h >= 2 * first;
            return new SeriesResult(first, first, oneTime, false);
        }

        var steps = points.Zip(points.Skip(1), (a, b) => b - a).ToList();
        var step = steps.Aggregate(Gcd);
        var irregular = steps.Any(s => s != step);
        return new SeriesResult(first, step, false, irregular);
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
