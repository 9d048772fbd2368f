namespace Permanence.Domain.Scorecard;

/// <summary>The national threshold each LA is measured against (from the 2013-16 scorecard on).</summary>
public static class ScorecardThresholds
{
    /// <summary>A1/A10/A3: 14 months, in days.</summary>
    public const int EnteredCareToMovedInDays = 426;

    /// <summary>A2: 4 months, in days (some reports say 122; the DfE's figure is 121).</summary>
    public const int PlacementOrderToMatchDays = 121;
}

/// <summary>One child's interval in a measure's cohort.</summary>
public sealed record ChildInterval(string ChildId, string? LocalAuthorityCode, DateOnly From, DateOnly To, int Days);

/// <summary>Why a child adopted in the period is not in a measure's cohort.</summary>
public sealed record ChildExclusion(string ChildId, string Measure, string Reason);

/// <summary>An average-days measure (A1, A2, A10) with the children that make it up.</summary>
public sealed record AverageDaysMeasure(string Code, int ThresholdDays, IReadOnlyList<ChildInterval> Children)
{
    public int Count => Children.Count;

    /// <summary>The exact mean, or null for an empty cohort (no children is not "0 days").</summary>
    public decimal? MeanDays => Children.Count == 0 ? null : (decimal)Children.Sum(c => (long)c.Days) / Children.Count;

    /// <summary>
    /// The mean rounded to the nearest whole day, halves away from zero (ADR 0020): the way the
    /// DfE's published tables and a spreadsheet ROUND() both round, so an LA can reproduce it.
    /// </summary>
    public int? AverageDays => MeanDays is { } mean ? (int)Math.Round(mean, MidpointRounding.AwayFromZero) : null;

    /// <summary>Met when the rounded average is at or under the threshold (the scorecard shows "within").</summary>
    public bool? WithinThreshold => AverageDays is { } avg ? avg <= ThresholdDays : null;
}

/// <summary>A3: the children of the A1 cohort who moved in within (strictly under) 426 days.</summary>
public sealed record WithinThresholdMeasure(string Code, int ThresholdDays, int CohortSize, IReadOnlyList<ChildInterval> Children)
{
    public int Count => Children.Count;

    /// <summary>Percentage of the A1 cohort, to one decimal place (halves away from zero); null for an empty cohort.</summary>
    public decimal? Percentage =>
        CohortSize == 0 ? null : Math.Round(100m * Count / CohortSize, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A1, A2, A3 and A10 for one period.</summary>
public sealed record ScorecardResult(
    ScorecardPeriod Period,
    AverageDaysMeasure A1,
    AverageDaysMeasure A2,
    WithinThresholdMeasure A3,
    AverageDaysMeasure A10,
    IReadOnlyList<ChildExclusion> Exclusions
);

/// <summary>The one-year and rolling three-year figures for the year ending 31 March.</summary>
public sealed record Scorecard(int YearEnding, ScorecardResult OneYear, ScorecardResult ThreeYears);
