using System.Text.RegularExpressions;

namespace AutoTrack.Oem.Internal;

/// <summary>One normalization of one raw schedule: reads every item, infers milestone intervals, merges duplicates.</summary>
internal sealed partial class NormalizationRun
{
    private readonly ServiceTaxonomy _taxonomy;
    private readonly RawSchedule _raw;
    private readonly Dictionary<string, SectionContext> _sections = new(StringComparer.Ordinal);
    private readonly List<ScheduleService> _readings = [];
    private readonly Dictionary<string, Observations> _observations = new(StringComparer.Ordinal);
    private readonly Dictionary<ScheduleShape, int> _itemsByShape = [];
    private readonly Dictionary<ScheduleShape, int> _unrecognizedByShape = [];

    public NormalizationRun(ServiceTaxonomy taxonomy, RawSchedule raw)
    {
        _taxonomy = taxonomy;
        _raw = raw;
    }

    public List<UnrecognizedItem> Unrecognized { get; } = [];

    public List<NormalizationIssue> Issues { get; } = [];

    public IReadOnlyDictionary<ScheduleShape, int> ItemsByShape => _itemsByShape;

    public IReadOnlyDictionary<ScheduleShape, int> UnrecognizedByShape => _unrecognizedByShape;

    private sealed class Observations(ScheduleService template, Milestone horizon)
    {
        public ScheduleService Template { get; } = template;

        public Milestone Horizon { get; } = horizon;

        public List<Milestone> Points { get; } = [];

        public List<ServiceProvenance> Provenance { get; } = [];
    }

    public List<ScheduleService> Execute()
    {
        var milestoneHorizon = Horizon(_raw.Items.Where(i => i.Milestone is not null).Select(i => ReadMilestone(i.Milestone!)));
        var matrixHorizon = Horizon(_raw.Items.SelectMany(i => i.Cells).Select(c => MatrixCells.ReadHeader(c.Header)));
        foreach (var item in _raw.Items)
        {
            ReadItem(item, milestoneHorizon, matrixHorizon);
        }

        foreach (var observations in _observations.Values)
        {
            _readings.Add(Infer(observations));
        }

        return Merge();
    }

    private void ReadItem(RawScheduleItem item, Milestone milestoneHorizon, Milestone matrixHorizon)
    {
        var context = Section(item.Section);
        var provenance = new ServiceProvenance(item.Text, item.Section, item.Milestone, item.Location);
        List<ScheduleService> readings;
        ScheduleShape shape;
        if (item.Cells.Count > 0)
        {
            shape = ScheduleShape.Matrix;
            readings = ReadMatrixRow(item, context, provenance, matrixHorizon);
        }
        else if (item.Milestone is not null && ReadMilestone(item.Milestone) is { } milestone && !RepeatWord().IsMatch(OemText.Fold(item.Milestone)))
        {
            shape = ScheduleShape.Milestone;
            readings = [];
            foreach (var reading in ReadText(item.Text, context, provenance))
            {
                if (HasTiming(reading))
                {
                    readings.Add(reading);
                }
                else
                {
                    Observe(reading, milestone, milestoneHorizon, provenance);
                    readings.Add(reading);
                }
            }

            readings.RemoveAll(r => !HasTiming(r));
            if (readings.Count == 0 && _lastTextRecognized)
            {
                Count(_itemsByShape, shape);
                return;
            }
        }
        else
        {
            var text = item.Milestone is null ? item.Text : item.Text + " " + item.Milestone;
            readings = ReadText(text, context, provenance);
            shape = ShapeOf(readings);
        }

        Count(_itemsByShape, shape);
        if (readings.Count == 0 && !_lastTextRecognized)
        {
            Count(_unrecognizedByShape, shape);
            Unrecognized.Add(new UnrecognizedItem(item.Text, shape, "no known service is named", provenance));
            return;
        }

        foreach (var reading in readings)
        {
            if (!HasTiming(reading))
            {
                Issues.Add(new NormalizationIssue(NormalizationIssueKind.NoInterval, $"No interval, monitor or tie could be read for {reading.Code}.", item.Text));
            }

            _readings.Add(reading);
        }
    }

    private bool _lastTextRecognized;

    private List<ScheduleService> ReadText(string text, SectionContext context, ServiceProvenance provenance, ServiceAction? forcedAction = null)
    {
        var folded = OemText.Fold(text);
        var tokens = OemText.Tokenize(folded);
        var matches = _taxonomy.Matcher.FindAll(tokens);
        var monitorNames = MonitorReader.NameSpans(folded).ToList();
        matches.RemoveAll(m => IsQualifier(tokens, m) || monitorNames.Any(n => m.Start >= n.Start && m.End <= n.End));
        var ties = TieReader.Find(folded, tokens, matches);
        var main = matches.Where(m => !ties.Any(t => m.Start >= t.Start && m.End <= t.End)).ToList();

        _lastTextRecognized = main.Count > 0;
        var readings = new List<ScheduleService>();
        if (main.Count == 0)
        {
            return readings;
        }

        var quantities = Quantities.Find(folded);
        var serviceSpans = main.Select(m => (m.Start, m.End)).Concat(ties.Select(t => (t.Start, t.End))).Concat(monitorNames).ToList();
        foreach (var (segStart, segEnd) in Segments(folded, main))
        {
            var segMain = main.Where(m => m.Start >= segStart && m.End <= segEnd).ToList();
            var segText = folded[segStart..segEnd];
            var groups = Quantities.Group(folded, quantities.Where(q => q.Start >= segStart && q.End <= segEnd && !ties.Any(t => q.Start >= t.Start && q.End <= t.End)).ToList());
            foreach (var mismatch in groups.Where(g => g.UnitMismatch is not null))
            {
                Issues.Add(new NormalizationIssue(NormalizationIssueKind.UnitMismatch, mismatch.UnitMismatch!, text));
            }

            var tie = ties.FirstOrDefault(t => t.Start >= segStart && t.End <= segEnd);
            if (tie is not null && tie.Action is { } tieAction && _taxonomy[tie.Code].ActionRedirects.TryGetValue(tieAction, out var tieCode))
            {
                tie = tie with { Code = tieCode };
            }

            var monitor = MonitorReader.Find(segText);
            if (monitor is null && !MonitorReader.OptsOut(segText) && context.Monitor is not null && tie is null
                && (groups.Count == 0 || IntervalRoles.HasCapCue(segText)))
            {
                monitor = context.Monitor;
            }

            var blanked = OemText.Blank(folded, serviceSpans.Concat(groups.Select(g => (g.Start, g.End))))[segStart..segEnd];
            var applicability = ApplicabilityReader.Merge(context.Applicability, ApplicabilityReader.Read(TextFolding.CollapseWhitespace(blanked), folded[segStart..segEnd]));
            var conditions = Conditions(context, blanked);
            var roles = IntervalRoles.Classify(folded, groups, segStart, segEnd);
            var repeats = groups.Where((g, i) => roles[i] == IntervalRoles.Role.Repeat).ToList();
            var initial = groups.Where((g, i) => roles[i] == IntervalRoles.Role.Initial).FirstOrDefault();
            var alternatives = monitor is null && initial is null ? Alternatives(blanked, segStart, segEnd, repeats, segMain) : null;
            foreach (var match in segMain)
            {
                var action = forcedAction ?? ActionWords.Find(folded, segStart, segEnd, match.Start, match.End, serviceSpans);
                if (alternatives is not null)
                {
                    // "every 22,500 miles, or every 15,000 miles if driving in dusty areas": one row per alternative.
                    foreach (var (group, extraConditions) in alternatives)
                    {
                        var rowConditions = Conditions(context, Blank(blanked, segStart, alternatives.Select(a => (a.Group.Start, NextStart(a.Group)))), extraConditions);
                        foreach (var code in match.Value)
                        {
                            readings.Add(Build(code, action, group, null, null, tie, rowConditions, applicability, provenance));
                        }
                    }

                    continue;
                }

                var repeat = repeats.Count <= 1 || segMain.Count == 1
                    ? repeats.FirstOrDefault()
                    : repeats.FirstOrDefault(g => g.Start >= match.End) ?? repeats.Last(g => g.End <= match.Start);
                foreach (var code in match.Value)
                {
                    readings.Add(Build(code, action, repeat, initial, monitor, tie, conditions, applicability, provenance));
                }
            }

            int NextStart(QuantityGroup group)
            {
                var next = groups.FirstOrDefault(g => g.Start > group.Start);
                return next?.Start ?? segEnd;
            }
        }

        return CombineClauses(readings);
    }

    /// <summary>When a clause gives several repeat intervals and a later one carries its own operating conditions,
    /// each interval is an alternative row: the first for normal use, the others for their conditions.</summary>
    private static List<(QuantityGroup Group, IReadOnlyList<string> Conditions)>? Alternatives(
        string blankedSegment, int segStart, int segEnd, List<QuantityGroup> repeats, List<PhraseMatch<string[]>> services)
    {
        if (repeats.Count < 2 || services.Any(s => s.Start > repeats[0].Start))
        {
            return null;
        }

        var result = new List<(QuantityGroup, IReadOnlyList<string>)>();
        var any = false;
        for (var i = 0; i < repeats.Count; i++)
        {
            var end = i + 1 < repeats.Count ? repeats[i + 1].Start : segEnd;
            var span = blankedSegment[(repeats[i].End - segStart)..(end - segStart)];
            var named = OperatingConditions.Matcher.FindAll(span).Select(m => m.Value).Distinct().ToList();
            if (named.Count == 0 && OperatingConditions.MarksSevereSchedule(span))
            {
                named.Add(OperatingConditions.SevereUnspecified);
            }

            any |= i > 0 && named.Count > 0;
            result.Add((repeats[i], named));
        }

        return any ? result : null;
    }

    private static string Blank(string blankedSegment, int segStart, IEnumerable<(int Start, int End)> spans) =>
        OemText.Blank(blankedSegment, spans.Select(s => (s.Start - segStart, s.End - segStart)));

    /// <summary>Joins what several clauses of one item say about the same service: "Change oil when the
    /// monitor says so. Change oil at least once a year." is one monitor-driven service with a 12-month cap.</summary>
    private static List<ScheduleService> CombineClauses(List<ScheduleService> readings)
    {
        var combined = new List<ScheduleService>();
        foreach (var group in readings.GroupBy(r => r.NaturalKey, StringComparer.Ordinal))
        {
            var parts = group.ToList();
            if (parts.Count == 1)
            {
                combined.Add(parts[0]);
                continue;
            }

            var monitor = parts.Select(p => p.Monitor).FirstOrDefault(m => m is not null);
            var first = parts[0];
            if (monitor is not null)
            {
                var cap = parts.Select(p => p.Monitor?.Cap ?? p.Interval).FirstOrDefault(c => c is not null);
                combined.Add(first with { Monitor = monitor with { Cap = cap }, Interval = null, Initial = null, TiedTo = parts.Select(p => p.TiedTo).FirstOrDefault(t => t is not null) });
            }
            else
            {
                combined.Add(first with
                {
                    Interval = parts.Select(p => p.Interval).FirstOrDefault(i => i is not null),
                    Initial = parts.Select(p => p.Initial).FirstOrDefault(i => i is not null),
                    TiedTo = parts.Select(p => p.TiedTo).FirstOrDefault(t => t is not null),
                    SourceDistance = parts.Select(p => p.SourceDistance).FirstOrDefault(d => d is not null),
                });
            }
        }

        return combined;
    }

    private ScheduleService Build(string code, ServiceAction? action, QuantityGroup? repeat, QuantityGroup? initial, string? monitor,
        TieSpan? tie, IReadOnlyList<string> conditions, Applicability applicability, ServiceProvenance provenance)
    {
        var definition = _taxonomy[code];
        var chosen = action ?? definition.DefaultAction;
        if (definition.ActionRedirects.TryGetValue(chosen, out var redirect))
        {
            definition = _taxonomy[redirect];
        }

        var service = new ScheduleService(definition.Code, chosen)
        {
            Conditions = conditions,
            Applicability = applicability,
            SafetyCritical = definition.SafetyCritical,
            Provenance = [provenance],
            TiedTo = tie is null ? null : new ServiceTie(tie.Code, tie.Every),
        };
        if (monitor is not null)
        {
            return service with { Monitor = new ServiceMonitor(monitor, repeat?.ToInterval() ?? initial?.ToInterval()), SourceDistance = (repeat ?? initial)?.Printed };
        }

        return service with
        {
            Interval = repeat?.ToInterval(),
            Initial = initial?.ToInterval(),
            SourceDistance = (repeat ?? initial)?.Printed,
        };
    }

    private List<ScheduleService> ReadMatrixRow(RawScheduleItem item, SectionContext context, ServiceProvenance provenance, Milestone horizon)
    {
        var rowConditions = new List<string>();
        var extraText = new List<string>();
        var perAction = new Dictionary<string, (ServiceAction? Action, List<Milestone> Points)>(StringComparer.Ordinal);
        var notes = new List<string>();
        ServiceAction? rowAction = null;
        foreach (var cell in item.Cells)
        {
            if (string.IsNullOrWhiteSpace(cell.Value))
            {
                continue;
            }

            var milestone = MatrixCells.ReadHeader(cell.Header);
            var meaning = MatrixCells.ReadCell(cell.Value, _raw.Legend);
            notes.AddRange(meaning.Notes);
            if (milestone is null)
            {
                if (meaning.Conditions.Count > 0)
                {
                    rowConditions.AddRange(meaning.Conditions);
                }
                else if (Quantities.Find(OemText.Fold(cell.Value)).Count > 0 || MonitorReader.Find(OemText.Fold(cell.Value)) is not null)
                {
                    extraText.Add(cell.Value);
                }
                else if (meaning.Actions.Count > 0)
                {
                    // An action letter outside the milestone columns ("Maintenance operation: I") is the row's action.
                    rowAction ??= meaning.Actions[0];
                }

                continue;
            }

            foreach (var unknown in meaning.Unknown)
            {
                Issues.Add(new NormalizationIssue(NormalizationIssueKind.UnreadableCell, $"Cell symbol '{unknown}' under '{cell.Header}' is not in the legend.", item.Text));
            }

            var actions = meaning.Actions.Select(a => (ServiceAction?)a).ToList();
            if (meaning.Performed)
            {
                actions.Add(null);
            }

            foreach (var action in actions.Distinct())
            {
                var key = action?.Code() ?? "performed";
                if (!perAction.TryGetValue(key, out var entry))
                {
                    perAction[key] = entry = (action, []);
                }

                entry.Points.Add(milestone.Value);
            }
        }

        var noteText = string.Join(" ", notes);
        var rowContext = context;
        if (notes.Count > 0 || rowConditions.Count > 0)
        {
            var noteFolded = OemText.Fold(noteText);
            rowContext = context with
            {
                Applicability = ApplicabilityReader.Merge(context.Applicability, ApplicabilityReader.Read(noteFolded)),
                Conditions = [.. context.Conditions, .. rowConditions, .. OperatingConditions.Matcher.FindAll(noteFolded).Select(m => m.Value)],
                Severe = context.Severe || rowConditions.Count > 0,
            };
        }

        var readings = new List<ScheduleService>();
        if (extraText.Count > 0)
        {
            readings.AddRange(ReadText(item.Text + " " + string.Join(" ", extraText), rowContext, provenance, rowAction));
        }

        foreach (var (action, points) in perAction.Values)
        {
            foreach (var template in ReadText(item.Text, rowContext, provenance, action))
            {
                foreach (var point in points)
                {
                    Observe(template, point, horizon, provenance);
                }
            }
        }

        if (perAction.Count == 0 && extraText.Count == 0)
        {
            _lastTextRecognized = _taxonomy.Matcher.FindAll(OemText.Fold(item.Text)).Count > 0;
        }

        return readings;
    }

    private void Observe(ScheduleService template, Milestone point, Milestone horizon, ServiceProvenance provenance)
    {
        var key = template.NaturalKey;
        if (!_observations.TryGetValue(key, out var observations))
        {
            _observations[key] = observations = new Observations(template, horizon);
        }

        observations.Points.Add(point);
        if (!observations.Provenance.Contains(provenance))
        {
            observations.Provenance.Add(provenance);
        }
    }

    private ScheduleService Infer(Observations observations)
    {
        var inferred = MilestoneInference.Infer(observations.Points, observations.Horizon);
        var notes = new List<string>();
        if (inferred.Irregular)
        {
            var points = string.Join(", ", observations.Points.Select(p => p.Miles?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? p.Months + " mo"));
            notes.Add($"interval inferred from irregular milestones ({points})");
            Issues.Add(new NormalizationIssue(NormalizationIssueKind.IrregularMilestones, $"{observations.Template.Code} recurs irregularly at {points}; the common step was used.", observations.Template.Provenance[0].OriginalText));
        }

        if (inferred.Repeat is null && inferred.Initial is not null)
        {
            notes.Add("listed once: a one-time service");
        }

        var milesPrinted = inferred.Repeat?.Miles ?? inferred.Initial?.Miles;
        return observations.Template with
        {
            Interval = inferred.Repeat,
            Initial = inferred.Initial,
            Provenance = observations.Provenance,
            Notes = notes,
            SourceDistance = milesPrinted is { } m ? new SourceDistance(m, "mi") : null,
        };
    }

    private List<ScheduleService> Merge()
    {
        var merged = new List<ScheduleService>();
        foreach (var group in _readings.GroupBy(r => r.NaturalKey, StringComparer.Ordinal))
        {
            var first = group.First();
            var meaning = ScheduleHasher.CanonicalService(first);
            var provenance = new List<ServiceProvenance>(first.Provenance);
            foreach (var other in group.Skip(1))
            {
                if (!string.Equals(ScheduleHasher.CanonicalService(other), meaning, StringComparison.Ordinal))
                {
                    Issues.Add(new NormalizationIssue(NormalizationIssueKind.ConflictingDuplicate,
                        $"{first.NaturalKey} is given twice with different timing: {Describe(first)} and {Describe(other)}.", other.Provenance.Count > 0 ? other.Provenance[0].OriginalText : null));
                    continue;
                }

                provenance.AddRange(other.Provenance.Where(p => !provenance.Contains(p)));
            }

            var lead = first.TiedTo is not null ? null
                : first.Monitor is not null ? ReminderLead.For(first.Monitor.Cap)
                : ReminderLead.For(first.Interval ?? first.Initial);
            merged.Add(first with { Provenance = provenance, ReminderLead = lead });
        }

        merged.Sort((a, b) => string.CompareOrdinal(a.NaturalKey, b.NaturalKey));
        return merged;
    }

    private static string Describe(ScheduleService service) =>
        service.Monitor is not null ? $"monitor {service.Monitor.Kind} cap {service.Monitor.Cap}"
        : service.TiedTo is not null ? $"with {service.TiedTo.Code} x{service.TiedTo.Every}"
        : $"interval {service.Interval?.ToString() ?? "none"}, initial {service.Initial?.ToString() ?? "none"}";

    private static IReadOnlyList<string> Conditions(SectionContext context, string blankedSegment, IEnumerable<string>? extra = null)
    {
        var set = new SortedSet<string>(context.Conditions.Concat(extra ?? []), StringComparer.Ordinal);
        foreach (var match in OperatingConditions.Matcher.FindAll(blankedSegment))
        {
            set.Add(match.Value);
        }

        if (set.Count == 0 && (context.Severe || OperatingConditions.MarksSevereSchedule(blankedSegment)))
        {
            set.Add(OperatingConditions.SevereUnspecified);
        }

        return [.. set];
    }

    /// <summary>"Manual transmission models", "CVT vehicles": a service phrase used to say which vehicles, not a service.</summary>
    private static bool IsQualifier(List<Token> tokens, PhraseMatch<string[]> match)
    {
        var next = match.FirstToken + match.TokenCount;
        return next < tokens.Count && tokens[next].Text is "model" or "vehicle" or "version" or "variant" or "car" or "truck" or "equipped";
    }

    private static bool HasTiming(ScheduleService s) => s.Interval is not null || s.Initial is not null || s.Monitor is not null || s.TiedTo is not null;

    private static ScheduleShape ShapeOf(List<ScheduleService> readings) =>
        readings.Any(r => r.Monitor is not null) ? ScheduleShape.ConditionBased
        : readings.Any(r => r.TiedTo is not null) ? ScheduleShape.TiedToService
        : readings.Any(r => r.Initial is not null && r.Interval is not null) ? ScheduleShape.InitialThenRepeat
        : ScheduleShape.FixedInterval;

    private static void Count(Dictionary<ScheduleShape, int> counts, ScheduleShape shape) =>
        counts[shape] = counts.GetValueOrDefault(shape) + 1;

    private SectionContext Section(string? section)
    {
        var key = section ?? string.Empty;
        if (!_sections.TryGetValue(key, out var context))
        {
            _sections[key] = context = SectionContext.Read(section);
        }

        return context;
    }

    private static Milestone? ReadMilestone(string heading)
    {
        var folded = OemText.Fold(heading);
        var groups = Quantities.Group(folded, Quantities.Find(folded));
        return groups.Count == 0 ? null : new Milestone(groups[0].Miles, groups[0].Months);
    }

    private static Milestone Horizon(IEnumerable<Milestone?> milestones)
    {
        var list = milestones.Where(m => m is not null).Select(m => m!.Value).ToList();
        return new Milestone(list.Max(m => m.Miles), list.Max(m => m.Months));
    }

    /// <summary>Splits wording into clauses at ';', sentence ends and line breaks, then joins clauses that name no
    /// service to the one before (or after), so "Replace engine oil. Every 10,000 miles." stays one clause.</summary>
    private static List<(int Start, int End)> Segments(string folded, List<PhraseMatch<string[]>> services)
    {
        var cuts = new List<int> { 0 };
        foreach (Match m in ClauseBreak().Matches(folded))
        {
            cuts.Add(m.Index + m.Length);
        }

        cuts.Add(folded.Length);
        var raw = new List<(int Start, int End)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            if (cuts[i + 1] > cuts[i])
            {
                raw.Add((cuts[i], cuts[i + 1]));
            }
        }

        var merged = new List<(int Start, int End)>();
        (int Start, int End)? pending = null;
        foreach (var segment in raw)
        {
            var current = pending is { } p ? (p.Start, segment.End) : segment;
            pending = null;
            var hasService = services.Any(s => s.Start >= current.Item1 && s.End <= current.Item2);
            if (hasService)
            {
                merged.Add(current);
            }
            else if (merged.Count > 0)
            {
                merged[^1] = (merged[^1].Start, current.Item2);
            }
            else
            {
                pending = current;
            }
        }

        if (pending is { } rest)
        {
            merged.Add(rest);
        }

        return merged;
    }

    [GeneratedRegex(@";|(?<!\d)\.(?!\d)\s*|\n", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:every|each)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatWord();
}
