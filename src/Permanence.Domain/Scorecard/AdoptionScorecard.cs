namespace Permanence.Domain.Scorecard;

/// <summary>
/// Computes the Adoption Scorecard measures from completed adoptions. Every rule and choice is
/// recorded, with its source, in docs/adr/0020-scorecard-rules.md.
/// </summary>
public static class AdoptionScorecard
{
    public const string A1 = "A1";
    public const string A2 = "A2";
    public const string A3 = "A3";
    public const string A10 = "A10";

    public static Scorecard ForYearEnding(IEnumerable<AdoptionJourney> journeys, int yearEnding)
    {
        var all = journeys as IReadOnlyCollection<AdoptionJourney> ?? journeys.ToList();
        return new Scorecard(
            yearEnding,
            Compute(all, ScorecardPeriod.YearEnding(yearEnding)),
            Compute(all, ScorecardPeriod.ThreeYearsEnding(yearEnding))
        );
    }

    /// <summary>
    /// The measures for children whose adoption order falls in <paramref name="period"/>. A
    /// three-year figure is the average over every child in the three years (child-weighted), not
    /// the average of three yearly averages.
    /// </summary>
    public static ScorecardResult Compute(IEnumerable<AdoptionJourney> journeys, ScorecardPeriod period)
    {
        var a1 = new List<ChildInterval>();
        var a2 = new List<ChildInterval>();
        var a10 = new List<ChildInterval>();
        var exclusions = new List<ChildExclusion>();

        foreach (var j in journeys.Where(j => period.Contains(j.AdoptionOrder)).OrderBy(j => j.ChildId, StringComparer.Ordinal))
        {
            AddA1AndA10(j, a1, a10, exclusions);
            AddA2(j, a2, exclusions);
        }

        var a3 = a1.Where(c => c.Days < ScorecardThresholds.EnteredCareToMovedInDays).ToList();
        return new ScorecardResult(
            period,
            new AverageDaysMeasure(A1, ScorecardThresholds.EnteredCareToMovedInDays, a1),
            new AverageDaysMeasure(A2, ScorecardThresholds.PlacementOrderToMatchDays, a2),
            new WithinThresholdMeasure(A3, ScorecardThresholds.EnteredCareToMovedInDays, a1.Count, a3),
            new AverageDaysMeasure(A10, ScorecardThresholds.EnteredCareToMovedInDays, a10),
            exclusions
        );
    }

    private static void AddA1AndA10(
        AdoptionJourney j,
        List<ChildInterval> a1,
        List<ChildInterval> a10,
        List<ChildExclusion> exclusions
    )
    {
        // A move-in before care began is impossible, so the record is wrong: leave the child out
        // (and say so) rather than let a negative wait flatter the average.
        if (j.MovedInWithAdopters < j.EnteredCare)
        {
            exclusions.Add(new(j.ChildId, A1, "moved in with the adopters before entering care"));
            exclusions.Add(new(j.ChildId, A10, "moved in with the adopters before entering care"));
            return;
        }

        a1.Add(Interval(j, j.EnteredCare, j.MovedInWithAdopters));

        // A10 counts a foster carer adoption from the day the child moved in with those carers.
        // A child can already have lived with them before becoming looked after (a connected
        // carer, a private arrangement): the wait then starts when care began, so it is 0 days.
        var movedIn = j.MovedInWithAdopters;
        if (j.AdoptedByFosterCarers && j.MovedInWithFosterCarersWhoAdopted is { } withCarers && withCarers < movedIn)
        {
            movedIn = withCarers < j.EnteredCare ? j.EnteredCare : withCarers;
        }
        a10.Add(Interval(j, j.EnteredCare, movedIn));
    }

    private static void AddA2(AdoptionJourney j, List<ChildInterval> a2, List<ChildExclusion> exclusions)
    {
        string? reason = null;
        if (j.Relinquished)
        {
            reason = "relinquished (placed with parental consent)";
        }
        else if (j.PlacementOrder is null)
        {
            reason = "no placement order";
        }
        else if (j.MatchDecision is null)
        {
            reason = "no match decision";
        }
        else if (j.MovedInWithAdopters >= j.AdoptionOrder)
        {
            reason = "not placed before the adoption order";
        }

        if (reason is not null)
        {
            exclusions.Add(new(j.ChildId, A2, reason));
            return;
        }

        var order = j.PlacementOrder!.Value;
        var match = j.MatchDecision!.Value;
        // A match decided before the court authorised placement counts as no wait at all.
        a2.Add(match < order ? new ChildInterval(j.ChildId, j.LocalAuthorityCode, order, match, 0) : Interval(j, order, match));
    }

    private static ChildInterval Interval(AdoptionJourney j, DateOnly from, DateOnly to) =>
        new(j.ChildId, j.LocalAuthorityCode, from, to, to.DayNumber - from.DayNumber);
}
