using Permanence.Domain.Scorecard;

namespace Permanence.Domain.Tests.Scorecard;

public class AdoptionScorecardTests
{
    private static readonly ScorecardPeriod Year2025 = ScorecardPeriod.YearEnding(2025);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AdoptionJourney Journey(
        string id = "C1",
        string enteredCare = "2023-01-01",
        string movedIn = "2024-01-01",
        string? placementOrder = "2023-06-01",
        string? match = "2023-10-01",
        string adoptionOrder = "2024-06-01",
        bool relinquished = false,
        bool fosterCarers = false,
        string? movedInWithCarers = null
    ) =>
        new(
            id,
            "LA1",
            D(enteredCare),
            D(movedIn),
            movedInWithCarers is null ? null : D(movedInWithCarers),
            fosterCarers,
            placementOrder is null ? null : D(placementOrder),
            match is null ? null : D(match),
            D(adoptionOrder),
            relinquished
        );

    [Theory]
    [InlineData("2023-01-01", "2024-01-01", 365)] // a common year
    [InlineData("2023-03-01", "2024-03-01", 366)] // spans 29 February 2024
    [InlineData("2024-02-28", "2024-03-01", 2)] // leap day in between
    [InlineData("2024-02-29", "2025-02-28", 365)] // entered care on a leap day
    [InlineData("2024-05-05", "2024-05-05", 0)] // same day: placed on entering care
    public void A1_counts_calendar_days_from_entering_care_to_moving_in(string enteredCare, string movedIn, int days)
    {
        var result = AdoptionScorecard.Compute([Journey(enteredCare: enteredCare, movedIn: movedIn, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(days, Assert.Single(result.A1.Children).Days);
        Assert.Equal(days, result.A1.AverageDays);
    }

    [Theory]
    [InlineData("2024-04-01", true)] // first day of the collection year
    [InlineData("2025-03-31", true)] // last day
    [InlineData("2024-03-31", false)] // previous year
    [InlineData("2025-04-01", false)] // next year
    public void Cohort_is_children_whose_adoption_order_falls_in_the_period(string adoptionOrder, bool counted)
    {
        var result = AdoptionScorecard.Compute([Journey(adoptionOrder: adoptionOrder)], Year2025);

        Assert.Equal(counted ? 1 : 0, result.A1.Count);
    }

    [Theory]
    [InlineData(new[] { 400, 401 }, 401)] // 400.5 rounds half away from zero
    [InlineData(new[] { 400, 400, 401 }, 400)] // 400.33
    [InlineData(new[] { 400, 401, 401 }, 401)] // 400.67
    [InlineData(new[] { 0 }, 0)]
    public void A1_average_is_rounded_to_the_nearest_day_with_halves_up(int[] waits, int expected)
    {
        var journeys = waits.Select((w, i) =>
            Journey(id: $"C{i}", enteredCare: "2023-01-01", movedIn: D("2023-01-01").AddDays(w).ToString("yyyy-MM-dd"), adoptionOrder: "2024-12-01"));

        Assert.Equal(expected, AdoptionScorecard.Compute(journeys, Year2025).A1.AverageDays);
    }

    [Fact]
    public void A1_of_an_empty_cohort_has_no_average_rather_than_zero()
    {
        var result = AdoptionScorecard.Compute([], Year2025);

        Assert.Null(result.A1.AverageDays);
        Assert.Null(result.A3.Percentage);
        Assert.Null(result.A1.WithinThreshold);
    }

    [Fact]
    public void A1_excludes_a_child_recorded_as_moving_in_before_entering_care()
    {
        var result = AdoptionScorecard.Compute([Journey(enteredCare: "2024-01-02", movedIn: "2024-01-01", adoptionOrder: "2024-12-01")], Year2025);

        Assert.Empty(result.A1.Children);
        Assert.Contains(result.Exclusions, e => e.Measure == "A1" && e.Reason.Contains("before entering care", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(425, true)]
    [InlineData(426, false)] // "less than 14 months": 426 itself is not within
    [InlineData(427, false)]
    [InlineData(0, true)]
    public void A3_counts_children_who_waited_less_than_426_days(int wait, bool within)
    {
        var moved = D("2023-01-01").AddDays(wait).ToString("yyyy-MM-dd");
        var result = AdoptionScorecard.Compute([Journey(movedIn: moved, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(within ? 1 : 0, result.A3.Count);
        Assert.Equal(within ? 100m : 0m, result.A3.Percentage);
    }

    [Fact]
    public void A3_percentage_is_of_the_A1_cohort_to_one_decimal_place()
    {
        var journeys = new[]
        {
            Journey(id: "A", movedIn: "2023-06-01", adoptionOrder: "2024-12-01"),
            Journey(id: "B", movedIn: "2024-06-01", adoptionOrder: "2024-12-01"),
            Journey(id: "C", movedIn: "2024-07-01", adoptionOrder: "2024-12-01"),
        };

        var a3 = AdoptionScorecard.Compute(journeys, Year2025).A3;

        Assert.Equal(1, a3.Count);
        Assert.Equal(3, a3.CohortSize);
        Assert.Equal(33.3m, a3.Percentage);
        Assert.Equal("A", Assert.Single(a3.Children).ChildId);
    }

    [Theory]
    [InlineData("2023-06-01", "2023-10-01", 122)]
    [InlineData("2023-06-01", "2023-06-01", 0)] // matched on the day of the order
    [InlineData("2023-06-01", "2023-05-01", 0)] // matched before the order counts 0, not -31
    [InlineData("2024-02-01", "2024-03-01", 29)] // February of a leap year
    public void A2_counts_days_from_placement_order_to_match_decision(string order, string match, int days)
    {
        var result = AdoptionScorecard.Compute([Journey(placementOrder: order, match: match, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(days, Assert.Single(result.A2.Children).Days);
    }

    [Fact]
    public void A2_excludes_relinquished_children()
    {
        var result = AdoptionScorecard.Compute([Journey(relinquished: true, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Empty(result.A2.Children);
        Assert.Single(result.A1.Children); // still counted in A1
        Assert.Contains(result.Exclusions, e => e is { Measure: "A2", Reason: "relinquished (placed with parental consent)" });
    }

    [Fact]
    public void A2_excludes_children_with_no_placement_order()
    {
        var result = AdoptionScorecard.Compute([Journey(placementOrder: null, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Empty(result.A2.Children);
        Assert.Contains(result.Exclusions, e => e is { Measure: "A2", Reason: "no placement order" });
    }

    [Fact]
    public void A2_excludes_children_with_no_match_decision()
    {
        var result = AdoptionScorecard.Compute([Journey(match: null, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Empty(result.A2.Children);
    }

    [Theory]
    [InlineData("2024-11-30", true)]
    [InlineData("2024-12-01", false)] // moved in on the day of the order: never placed before it
    public void A2_excludes_children_not_placed_before_the_adoption_order(string movedIn, bool counted)
    {
        var result = AdoptionScorecard.Compute([Journey(movedIn: movedIn, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(counted ? 1 : 0, result.A2.Count);
    }

    [Fact]
    public void A10_counts_foster_carer_adoptions_from_moving_in_with_the_carers()
    {
        var journeys = new[]
        {
            Journey(id: "F", enteredCare: "2023-01-01", movedInWithCarers: "2023-02-01", movedIn: "2024-01-01", fosterCarers: true, adoptionOrder: "2024-12-01"),
            Journey(id: "N", enteredCare: "2023-01-01", movedIn: "2023-11-01", adoptionOrder: "2024-12-01"),
        };

        var result = AdoptionScorecard.Compute(journeys, Year2025);

        Assert.Equal([365, 304], result.A1.Children.Select(c => c.Days)); // F, N in child id order
        Assert.Equal([31, 304], result.A10.Children.Select(c => c.Days));
        Assert.Equal(335, result.A1.AverageDays); // 334.5 rounds up
        Assert.Equal(168, result.A10.AverageDays); // 167.5 rounds up
    }

    [Fact]
    public void A10_counts_zero_for_a_child_already_living_with_the_carers_before_entering_care()
    {
        var result = AdoptionScorecard.Compute(
            [Journey(enteredCare: "2023-03-01", movedInWithCarers: "2022-12-01", fosterCarers: true, adoptionOrder: "2024-12-01")],
            Year2025);

        Assert.Equal(0, Assert.Single(result.A10.Children).Days);
    }

    [Fact]
    public void A10_ignores_a_carer_date_when_the_adopters_were_not_the_foster_carers()
    {
        var result = AdoptionScorecard.Compute([Journey(movedInWithCarers: "2023-02-01", fosterCarers: false, adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(result.A1.Children[0].Days, result.A10.Children[0].Days);
    }

    [Fact]
    public void A1_after_a_disruption_counts_the_move_in_with_the_family_who_adopted()
    {
        // First adoptive placement on 2023-09-01 disrupted; the child moved in with new adopters on
        // 2024-03-01 and was adopted by them. The journey carries the second move-in (ADR 0020).
        var result = AdoptionScorecard.Compute([Journey(enteredCare: "2023-01-01", movedIn: "2024-03-01", adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(425, result.A1.Children[0].Days);
    }

    [Fact]
    public void A2_after_a_plan_reversal_counts_from_the_first_placement_order_the_journey_carries()
    {
        // The plan was reversed and then restored: the journey carries the first placement order
        // of the period of care and the match that led to the adoption (ADR 0020), so the
        // interval is just those two dates.
        var result = AdoptionScorecard.Compute([Journey(placementOrder: "2023-09-01", match: "2024-01-10", movedIn: "2024-02-01", adoptionOrder: "2024-12-01")], Year2025);

        Assert.Equal(131, result.A2.Children[0].Days);
        Assert.False(result.A2.WithinThreshold);
    }

    [Fact]
    public void Three_year_figure_averages_every_child_in_the_three_years_not_the_yearly_averages()
    {
        var journeys = new[]
        {
            Journey(id: "Y1", enteredCare: "2021-01-01", movedIn: "2022-01-01", adoptionOrder: "2022-06-01"), // 365, year ending 2023
            Journey(id: "Y3a", enteredCare: "2023-01-01", movedIn: "2023-01-11", adoptionOrder: "2024-12-01"), // 10
            Journey(id: "Y3b", enteredCare: "2023-01-01", movedIn: "2023-01-21", adoptionOrder: "2024-12-01"), // 20
            Journey(id: "Old", enteredCare: "2019-01-01", movedIn: "2020-01-01", adoptionOrder: "2022-03-31"), // before the 3 years
        };

        var scorecard = AdoptionScorecard.ForYearEnding(journeys, 2025);

        Assert.Equal(new ScorecardPeriod(D("2022-04-01"), D("2025-03-31")), scorecard.ThreeYears.Period);
        Assert.Equal(2, scorecard.OneYear.A1.Count);
        Assert.Equal(15, scorecard.OneYear.A1.AverageDays);
        Assert.Equal(3, scorecard.ThreeYears.A1.Count);
        Assert.Equal(132, scorecard.ThreeYears.A1.AverageDays); // (365+10+20)/3 = 131.67, not (365+15)/2
    }

    [Fact]
    public void Siblings_adopted_on_different_days_count_in_the_period_of_their_own_order()
    {
        var journeys = new[]
        {
            Journey(id: "S1", adoptionOrder: "2025-03-31"),
            Journey(id: "S2", adoptionOrder: "2025-04-01"),
        };

        Assert.Equal(["S1"], AdoptionScorecard.Compute(journeys, Year2025).A1.Children.Select(c => c.ChildId));
        Assert.Equal(["S2"], AdoptionScorecard.Compute(journeys, ScorecardPeriod.YearEnding(2026)).A1.Children.Select(c => c.ChildId));
    }

    [Theory]
    // Seed 002 (Coventry 2015/16): A1 595 days and A2 234 days, both over the thresholds.
    [InlineData(595, 234, false, false)]
    // Seed 003 (Leicestershire, three years): A1 413.4 and A2 162.0 -> 413 within 426, 162 over 121.
    [InlineData(413, 162, true, false)]
    [InlineData(426, 121, true, true)] // a figure equal to the threshold is within it
    public void Seed_figures_compare_with_the_thresholds_as_the_published_scorecards_do(int a1, int a2, bool a1Within, bool a2Within)
    {
        var journey = Journey(
            enteredCare: "2022-01-01",
            movedIn: D("2022-01-01").AddDays(a1).ToString("yyyy-MM-dd"),
            placementOrder: "2022-02-01",
            match: D("2022-02-01").AddDays(a2).ToString("yyyy-MM-dd"),
            adoptionOrder: "2024-12-01");

        var result = AdoptionScorecard.Compute([journey], Year2025);

        Assert.Equal(a1Within, result.A1.WithinThreshold);
        Assert.Equal(a2Within, result.A2.WithinThreshold);
    }

    [Fact]
    public void A1_mean_keeps_the_decimal_for_reports_that_show_one_decimal_place()
    {
        var journeys = new[]
        {
            Journey(id: "A", enteredCare: "2023-01-01", movedIn: "2024-02-17", adoptionOrder: "2024-12-01"), // 412
            Journey(id: "B", enteredCare: "2023-01-01", movedIn: "2024-02-18", adoptionOrder: "2024-12-01"), // 413
            Journey(id: "C", enteredCare: "2023-01-01", movedIn: "2024-02-18", adoptionOrder: "2024-12-01"), // 413
            Journey(id: "D", enteredCare: "2023-01-01", movedIn: "2024-02-20", adoptionOrder: "2024-12-01"), // 415
            Journey(id: "E", enteredCare: "2023-01-01", movedIn: "2024-02-18", adoptionOrder: "2024-12-01"), // 413
        };

        var a1 = AdoptionScorecard.Compute(journeys, Year2025).A1;

        Assert.Equal(413.2m, a1.MeanDays);
        Assert.Equal(413, a1.AverageDays);
    }
}
