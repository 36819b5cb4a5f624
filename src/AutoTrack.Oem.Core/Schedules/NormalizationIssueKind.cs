namespace AutoTrack.Oem;

/// <summary>Kinds of problems the normalizer reports beside its result.</summary>
public enum NormalizationIssueKind
{
    /// <summary>Miles and their printed km equivalent disagree beyond rounding ("7,500 miles (20,000 km)").</summary>
    UnitMismatch,

    /// <summary>The same service (same natural key) is given two different intervals.</summary>
    ConflictingDuplicate,

    /// <summary>A service was recognised but no interval, monitor or tie could be read for it.</summary>
    NoInterval,

    /// <summary>A milestone item recurs irregularly; the interval was inferred from the common step.</summary>
    IrregularMilestones,

    /// <summary>A table cell or column header could not be read.</summary>
    UnreadableCell,
}
