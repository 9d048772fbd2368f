namespace Permanence.Domain.Matching;

/// <summary>A requirement of the approval range: a household failing one is excluded, never ranked.</summary>
public enum HardRule
{
    AgeInRange,
    NumberOfChildren,
    SiblingGroup,
    NeedsCanBeMet,
}

/// <summary>A consideration that adds points to a household that passes every hard rule.</summary>
public enum SoftConsideration
{
    Heritage,
    Religion,
    Language,
    Distance,
    OwnLocalAuthority,
    TimeWaiting,
    EarlyPermanence,
}

public static class MatchRuleNames
{
    public static string DisplayName(this HardRule rule) =>
        rule switch
        {
            HardRule.AgeInRange => "Age within the approval range",
            HardRule.NumberOfChildren => "Number of children",
            HardRule.SiblingGroup => "Sibling group",
            HardRule.NeedsCanBeMet => "Needs the household can meet",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };

    public static string DisplayName(this SoftConsideration consideration) =>
        consideration switch
        {
            SoftConsideration.Heritage => "Heritage",
            SoftConsideration.Religion => "Religion",
            SoftConsideration.Language => "Language",
            SoftConsideration.Distance => "Distance",
            SoftConsideration.OwnLocalAuthority => "Own local authority",
            SoftConsideration.TimeWaiting => "Time waiting",
            SoftConsideration.EarlyPermanence => "Early permanence",
            _ => throw new ArgumentOutOfRangeException(nameof(consideration), consideration, null),
        };
}

public sealed record HardRuleResult(HardRule Rule, bool Passed, string Explanation);

/// <summary>
/// One consideration's contribution: Points = Weight x Fraction. A consideration that does not
/// apply ("not scored") has Weight 0 and says why in the explanation.
/// </summary>
public sealed record SoftScore(SoftConsideration Consideration, double Weight, double Fraction, double Points, string Explanation);

public sealed record RankedHousehold(
    int Place,
    HouseholdForMatching Household,
    double Score,
    IReadOnlyList<HardRuleResult> HardRules,
    IReadOnlyList<SoftScore> SoftScores
);

public sealed record ExcludedHousehold(HouseholdForMatching Household, IReadOnlyList<HardRuleResult> HardRules)
{
    public IEnumerable<HardRuleResult> Failed => HardRules.Where(r => !r.Passed);
}

public sealed record MatchRanking(IReadOnlyList<RankedHousehold> Ranked, IReadOnlyList<ExcludedHousehold> Excluded);

public sealed record ChildFit(PlacementRequest Request, double Score, IReadOnlyList<SoftScore> SoftScores);
