using Permanence.Domain.Scorecard;
using Permanence.Ssda903.Generation;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;
using Permanence.Ssda903.Scorecard;

namespace Permanence.Ssda903.Tests.Scorecard;

public class ReturnJourneysTests
{
    private static EpisodeRow Ep(string child, string decom, string rne, string ls, string place, string dec, string rec, string post = "AB1 1AA") =>
        new(0, child, decom, rne, ls, "N1", place, "PR1", dec, rec, "", "XX1 1XX", post, "XXXXXXX");

    private static Ssda903Return Return(IEnumerable<EpisodeRow> episodes, params Ad1Row[] ad1)
    {
        var r = new Ssda903Return();
        r.Episodes.AddRange(episodes);
        r.Ad1.AddRange(ad1);
        return r;
    }

    private static Ad1Row Ad1(string child, string match, string fosterCare = "0") => new(0, child, "01/01/2021", "01/06/2023", match, fosterCare, "2", "MF", "L11");

    [Fact]
    public void Entering_care_is_the_start_of_the_period_of_care_chained_across_years()
    {
        // Year ending 2024: entered care and placement order; year ending 2025: placed and adopted.
        var last = Return([
            Ep("1", "01/05/2023", "S", "C2", "U3", "01/09/2023", "X1"),
            Ep("1", "01/09/2023", "L", "E1", "U3", "", ""),
        ]);
        var now = Return([
            Ep("1", "01/09/2023", "L", "E1", "U3", "01/05/2024", "X1"),
            Ep("1", "01/05/2024", "P", "E1", "A6", "01/12/2024", "E12", "CD2 2BB"),
        ], Ad1("1", "10/04/2024"));

        var journey = Assert.Single(ReturnJourneys.Map([now, last]).Journeys);

        Assert.Equal(new AdoptionJourney("1", null, new(2023, 5, 1), new(2024, 5, 1), null, false, new(2023, 9, 1), new(2024, 4, 10), new(2024, 12, 1), false), journey);
    }

    [Fact]
    public void An_earlier_period_of_care_does_not_count()
    {
        var r = Return([
            Ep("1", "01/01/2022", "S", "V2", "U3", "01/03/2022", "E4A"),
            Ep("1", "01/05/2023", "S", "C2", "U3", "01/09/2023", "X1"),
            Ep("1", "01/09/2023", "P", "C2", "A4", "01/12/2024", "E11", "CD2 2BB"),
        ], Ad1("1", "10/08/2023"));

        var journey = Assert.Single(ReturnJourneys.Map([r]).Journeys);

        Assert.Equal(new DateOnly(2023, 5, 1), journey.EnteredCare);
        Assert.True(journey.Relinquished); // A4 with no placement order: placed with consent
        Assert.Null(journey.PlacementOrder);
    }

    [Fact]
    public void After_a_disruption_moving_in_is_with_the_family_who_adopted()
    {
        var r = Return([
            Ep("1", "01/05/2023", "S", "C2", "U3", "01/09/2023", "X1"),
            Ep("1", "01/09/2023", "L", "E1", "U3", "01/11/2023", "X1"),
            Ep("1", "01/11/2023", "P", "E1", "A6", "01/02/2024", "X1", "CD2 2BB"),
            Ep("1", "01/02/2024", "P", "E1", "U3", "01/06/2024", "X1"),
            Ep("1", "01/06/2024", "P", "E1", "A6", "01/12/2024", "E12", "EF3 3CC"),
        ], Ad1("1", "01/05/2024"));

        var journey = Assert.Single(ReturnJourneys.Map([r]).Journeys);

        Assert.Equal(new DateOnly(2024, 6, 1), journey.MovedInWithAdopters);
        Assert.Equal(new DateOnly(2023, 9, 1), journey.PlacementOrder);
    }

    [Fact]
    public void A_foster_carer_adoption_counts_A10_from_moving_in_with_the_carers()
    {
        var r = Return([
            Ep("1", "01/05/2023", "S", "C2", "U6", "20/05/2023", "X1", "ZZ9 9ZZ"),
            Ep("1", "20/05/2023", "P", "C2", "U3", "01/09/2023", "X1"),
            Ep("1", "01/09/2023", "L", "E1", "U3", "01/03/2024", "X1"),
            Ep("1", "01/03/2024", "T", "E1", "A5", "01/12/2024", "E11"),
        ], Ad1("1", "01/02/2024", fosterCare: "1"));

        var journey = Assert.Single(ReturnJourneys.Map([r]).Journeys);

        Assert.True(journey.AdoptedByFosterCarers);
        Assert.Equal(new DateOnly(2023, 5, 20), journey.MovedInWithFosterCarersWhoAdopted);
        Assert.Equal(new DateOnly(2024, 3, 1), journey.MovedInWithAdopters);
    }

    [Fact]
    public void With_a_second_placement_order_the_first_in_the_period_of_care_counts()
    {
        // Placement order, plan reversed (back to a care order), then a new placement order.
        var r = Return([
            Ep("1", "01/05/2023", "S", "C2", "U3", "01/08/2023", "X1"),
            Ep("1", "01/08/2023", "L", "E1", "U3", "01/11/2023", "X1"),
            Ep("1", "01/11/2023", "L", "C2", "U3", "01/02/2024", "X1"),
            Ep("1", "01/02/2024", "L", "E1", "U3", "01/05/2024", "X1"),
            Ep("1", "01/05/2024", "P", "E1", "A6", "01/12/2024", "E12", "CD2 2BB"),
        ], Ad1("1", "10/04/2024"));

        Assert.Equal(new DateOnly(2023, 8, 1), Assert.Single(ReturnJourneys.Map([r]).Journeys).PlacementOrder);
    }

    [Fact]
    public void A_historic_freeing_order_D1_counts_as_the_placement_order()
    {
        var r = Return([
            Ep("1", "01/05/2023", "S", "D1", "U3", "01/09/2023", "X1"),
            Ep("1", "01/09/2023", "P", "D1", "A6", "01/12/2024", "E12", "CD2 2BB"),
        ], Ad1("1", "01/08/2023"));

        Assert.Equal(new DateOnly(2023, 5, 1), Assert.Single(ReturnJourneys.Map([r]).Journeys).PlacementOrder);
    }

    [Fact]
    public void An_adoption_without_a_placement_for_adoption_is_reported_not_guessed()
    {
        var r = Return([Ep("1", "01/05/2023", "S", "C2", "U3", "01/12/2024", "E11")]);

        var mapping = ReturnJourneys.Map([r]);

        Assert.Empty(mapping.Journeys);
        Assert.Contains("not A3-A6", Assert.Single(mapping.Unmapped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_of_care_that_began_before_the_returns_supplied_is_reported()
    {
        var r = Return([
            Ep("1", "01/09/2023", "L", "E1", "U3", "01/05/2024", "X1"),
            Ep("1", "01/05/2024", "P", "E1", "A6", "01/12/2024", "E12", "CD2 2BB"),
        ], Ad1("1", "10/04/2024"));

        var mapping = ReturnJourneys.Map([r]);

        Assert.Empty(mapping.Journeys);
        Assert.Equal("the period of care began before the earliest return supplied", Assert.Single(mapping.Unmapped).Reason);
    }

    [Theory]
    [InlineData(300, 1)]
    [InlineData(1_000, 7)]
    public void The_same_journeys_through_a_return_give_the_same_scorecard(int children, int seed)
    {
        // Six years of returns: a child adopted three years ago may have entered care three years before that.
        var generated = ReturnGenerator.Generate(children, 2025, seed, years: 6);
        var window = ScorecardPeriod.ThreeYearsEnding(2025);

        var mapped = ReturnJourneys.Map(generated.Returns);

        var truth = generated.Journeys.Where(j => window.Contains(j.AdoptionOrder)).OrderBy(j => j.ChildId).ToList();
        Assert.Equal(truth, mapped.Journeys.Where(j => window.Contains(j.AdoptionOrder)).OrderBy(j => j.ChildId));
        Assert.All(mapped.Unmapped, u => Assert.Equal("the period of care began before the earliest return supplied", u.Reason));
        var fromTracker = AdoptionScorecard.ForYearEnding(generated.Journeys, 2025);
        var fromReturn = AdoptionScorecard.ForYearEnding(mapped.Journeys, 2025);
        Assert.Equal(fromTracker.ThreeYears.A1.AverageDays, fromReturn.ThreeYears.A1.AverageDays);
        Assert.Equal(fromTracker.ThreeYears.A2.Children, fromReturn.ThreeYears.A2.Children);
        Assert.Equal(fromTracker.OneYear.A10.Children, fromReturn.OneYear.A10.Children);
        Assert.Equal(fromTracker.OneYear.A3.Count, fromReturn.OneYear.A3.Count);
        Assert.True(fromReturn.ThreeYears.A1.Count > fromReturn.OneYear.A1.Count);
    }
}
