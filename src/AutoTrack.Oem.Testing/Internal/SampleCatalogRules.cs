namespace AutoTrack.Oem.Testing.Internal;

/// <summary>Checks that a catalog's documents can be printed and that their milestones show what each item means
/// (the rules of docs/normalization.md, "Milestone lists"), so a reader that reads them faithfully gets the meaning back.</summary>
internal static class SampleCatalogRules
{
    public static void Check(IReadOnlyList<SampleVehicle> vehicles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new Dictionary<string, SampleVehicle>(StringComparer.Ordinal);
        foreach (var sample in vehicles)
        {
            ArgumentNullException.ThrowIfNull(sample);
            if (!seen.Add($"{sample.Vehicle.Year}|{sample.Vehicle.MakeKey}|{sample.Vehicle.ModelKey}"))
            {
                throw new ArgumentException($"{sample.Vehicle} is listed twice.", nameof(vehicles));
            }

            if (!sample.DocumentPath.StartsWith('/') || !sample.DocumentPath.EndsWith(".pdf", StringComparison.Ordinal)
                || BrokenDocumentPaths.All.Contains(sample.DocumentPath, StringComparer.Ordinal))
            {
                throw new ArgumentException($"{sample.Vehicle}: '{sample.DocumentPath}' must be an absolute path ending in .pdf and not one of the broken-document paths.", nameof(vehicles));
            }

            if (documents.TryGetValue(sample.DocumentPath, out var sharing))
            {
                if (!string.Equals(sharing.Style, sample.Style, StringComparison.Ordinal) || !sharing.Schedule.PrintsSameAs(sample.Schedule))
                {
                    throw new ArgumentException($"{sample.Vehicle} and {sharing.Vehicle} share '{sample.DocumentPath}' but print different things.", nameof(vehicles));
                }

                continue;
            }

            documents[sample.DocumentPath] = sample;
            CheckSchedule(sample);
        }
    }

    private static void CheckSchedule(SampleVehicle sample)
    {
        var style = sample.Style;
        var step = SampleGrid.StepMiles(style);
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in sample.Schedule.Services)
        {
            var where = $"{sample.DocumentPath}: '{service.Wording}'";
            if (service.Codes.Count == 0 || (service.Every is null && service.FirstAt is null) || service.FirstAt == service.Every)
            {
                throw new ArgumentException($"{where} needs codes and a timing; leave FirstAt null when it equals Every.");
            }

            var matrix = style == SampleDocumentStyles.HyundaiMatrix;
            if (matrix && service.Action is not (ServiceAction.Inspect or ServiceAction.Replace))
            {
                throw new ArgumentException($"{where}: a matrix prints only I and R.");
            }

            if (matrix && service.IsSevere)
            {
                CheckLetters(where, service, letters);
                continue;
            }

            if (!matrix && service.Conditions.Count > 1)
            {
                throw new ArgumentException($"{where}: a milestone guide lists an item under one condition sub-heading.");
            }

            if (service.WordingStatesTiming)
            {
                // Printed once, at its first occurrence, which must be one of the document's milestones.
                if (service.FirstAt?.Miles is not { } at || at % step != 0 || at > SampleSchedule.HorizonMiles)
                {
                    throw new ArgumentException($"{where}: an item whose wording states its timing needs a first occurrence on a milestone.");
                }

                continue;
            }

            foreach (var interval in new[] { service.Every, service.FirstAt })
            {
                if (interval is not null && (interval.Miles is not { } miles || miles % step != 0 || interval.Months != SampleGrid.MonthsAt(style, miles)))
                {
                    throw new ArgumentException($"{where}: {interval} does not fall on the document's milestones.");
                }
            }

            var first = service.FirstMiles;
            var showsRepeat = service.Every is null || service.FirstAt is null || first + service.Every.Miles!.Value <= SampleSchedule.HorizonMiles;
            var showsOneTime = service.Every is not null || 2 * first <= SampleSchedule.HorizonMiles;
            if (first > SampleSchedule.HorizonMiles || !showsRepeat || !showsOneTime)
            {
                throw new ArgumentException($"{where}: the milestones up to {SampleSchedule.HorizonMiles:N0} miles cannot show this timing.");
            }
        }

        if (style == SampleDocumentStyles.HyundaiMatrix)
        {
            foreach (var row in sample.Schedule.Services.Where(s => !s.IsSevere).GroupBy(s => s.Wording, StringComparer.Ordinal))
            {
                if (SampleGrid.Milestones(style).Any(m => row.Count(s => s.IsDueAt(m)) > 1))
                {
                    throw new ArgumentException($"{sample.DocumentPath}: row '{row.Key}' has two marks in one column.");
                }
            }
        }
    }

    private static void CheckLetters(string where, SampleService service, Dictionary<string, string> letters)
    {
        if (service.Every is null)
        {
            throw new ArgumentException($"{where}: a severe usage row needs an interval.");
        }

        foreach (var condition in service.Conditions)
        {
            if (condition.Letter is not { Length: > 0 } letter)
            {
                throw new ArgumentException($"{where}: matrix conditions need a letter.");
            }

            if (letter is "I" or "R" || (letters.TryGetValue(letter, out var wording) && !string.Equals(wording, condition.Wording, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"{where}: condition letter {letter} is already used for something else.");
            }

            letters[letter] = condition.Wording;
        }
    }
}
