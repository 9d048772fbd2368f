using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using static Permanence.Domain.Tests.Matching.MatchingExamples;

namespace Permanence.Domain.Tests.Matching;

public class RankingOrderTests
{
    [Fact]
    public void For_a_fostering_for_adoption_plan_an_early_permanence_household_ranks_above_an_otherwise_equal_one()
    {
        var request = Request(Child("Ruby")) with { EarlyPermanenceSought = EarlyPermanence.FosteringForAdoption };
        // The plain household is listed first and waited longer, and its name comes first: only early permanence can lift the other.
        var plain = Household("A household", approved: "2026-06-01");
        var approvedForEp = Household("B household", approved: "2026-06-02") with { EarlyPermanenceApproved = true };

        var ranked = Rank(request, plain, approvedForEp).Ranked;

        Assert.Equal([approvedForEp.HouseholdId, plain.HouseholdId], ranked.Select(r => r.Household.HouseholdId));
        Assert.Equal([1, 2], ranked.Select(r => r.Place));
        Assert.True(ranked[0].Score > ranked[1].Score);
    }

    [Fact]
    public void Without_an_early_permanence_plan_early_permanence_approval_adds_nothing()
    {
        var request = Request(Child("Ruby"));
        var plain = Household("A household", approved: "2026-06-01");
        var approvedForEp = Household("B household", approved: "2026-06-01") with { EarlyPermanenceApproved = true };

        var ranked = Rank(request, approvedForEp, plain).Ranked;

        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.Equal(["A household", "B household"], ranked.Select(r => r.Household.Name));
    }

    [Fact]
    public void A_higher_score_ranks_first()
    {
        var request = Request(Child("Ruby", language: "Polish"));
        var speaks = Household("Z household", approved: "2026-06-01") with { Languages = new HashSet<string> { "Polish" } };
        var doesNot = Household("A household", approved: "2026-06-01");

        Assert.Equal(["Z household", "A household"], Rank(request, doesNot, speaks).Ranked.Select(r => r.Household.Name));
    }

    [Fact]
    public void Ties_are_broken_by_the_household_waiting_longest_then_by_name()
    {
        var request = Request(Child("Ruby"));
        // All approved more than a year ago, so time waiting counts in full for each and the scores tie.
        var households = new[]
        {
            Household("Carter household", approved: "2024-03-01"),
            Household("brown household", approved: "2023-01-01"),
            Household("Adams household", approved: "2024-03-01"),
            Household("Baker household", approved: "2024-03-01"),
        };

        var ranked = MatchRanker.Rank(request, households, MatchingWeights.Default, Today).Ranked;

        Assert.Single(ranked.Select(r => r.Score).Distinct());
        Assert.Equal(["brown household", "Adams household", "Baker household", "Carter household"], ranked.Select(r => r.Household.Name));
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Place));
    }

    [Fact]
    public void The_same_households_in_any_order_rank_the_same()
    {
        var request = Request(Child("Ruby", ethnicity: "MWBC")) with { LocalAuthorityCentre = new GeoPoint(52, -1.5) };
        var households = Enumerable.Range(0, 30)
            .Select(i => Household($"Household {i % 7}", approved: $"2025-{1 + i % 12:00}-01") with
            {
                Location = new GeoPoint(52 + (i % 5) * 0.1, -1.5),
                EthnicityCodes = new HashSet<string> { i % 3 == 0 ? "WBRI" : "CHNE" },
            })
            .ToList();

        var forwards = MatchRanker.Rank(request, households, MatchingWeights.Default, Today).Ranked.Select(r => r.Household.HouseholdId);
        var backwards = MatchRanker.Rank(request, households.AsEnumerable().Reverse().ToList(), MatchingWeights.Default, Today).Ranked.Select(r => r.Household.HouseholdId);

        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void Weights_of_zero_leave_only_the_tie_breaks()
    {
        var request = Request(Child("Ruby", language: "Polish"));
        var speaks = Household("Z household", approved: "2026-06-01") with { Languages = new HashSet<string> { "Polish" } };
        var waitedLonger = Household("A household", approved: "2026-01-01");
        var none = new MatchingWeights(0, 0, 0, 0, 0, 0, 0, 250, 365);

        var ranked = MatchRanker.Rank(request, [speaks, waitedLonger], none, Today).Ranked;

        Assert.Equal(["A household", "Z household"], ranked.Select(r => r.Household.Name));
        Assert.All(ranked, r => Assert.Equal(0, r.Score));
    }

    [Fact]
    public void The_reverse_lists_the_waiting_children_a_household_could_be_linked_with_best_first()
    {
        var household = Household(minAge: 0, maxAge: 4, maxChildren: 2, approved: "2026-01-01") with { Languages = new HashSet<string> { "Polish" } };
        var tooOld = Request(Child("Oscar", "2015-01-01"));
        var polish = Request(Child("Zofia", "2024-01-01", language: "Polish"));
        var waitedLonger = Request(Child("Ben", "2024-01-01")) with { EnteredCare = D("2024-02-01") };
        var waitedLess = Request(Child("Amy", "2024-01-01")) with { EnteredCare = D("2025-02-01") };
        var sameWaitByName = Request(Child("Aaron", "2024-01-01")) with { EnteredCare = D("2025-02-01") };
        var siblings = Request(Child("Kai", "2023-01-01"), Child("Lea", "2024-06-01")) with { EnteredCare = D("2025-01-01") };
        var needs = Request(Child("Noor", "2024-01-01", needs: [MatchingNeed.SensoryImpairment]));

        var fits = MatchRanker.ChildrenFor(household, [tooOld, waitedLess, needs, polish, siblings, sameWaitByName, waitedLonger], MatchingWeights.Default, Today);

        Assert.Equal(["Zofia", "Ben", "Kai", "Aaron", "Amy"], fits.Select(f => f.Request.Children[0].Name));
        Assert.True(fits[0].Score > fits[1].Score);
        Assert.All(fits, f => Assert.True(MatchRanker.MeetsHardRules(f.Request, household, Today)));
        Assert.All(fits, f => Assert.Equal(Rank(f.Request, household).Ranked.Single().Score, f.Score));
    }

    [Fact]
    public void Each_household_in_one_ranking_gets_the_reasons_for_its_own_record()
    {
        var request = Request(Child("Ruby", "2023-06-01", ethnicity: "MWBC", religion: "Muslim", language: "Urdu"));
        var a = Household("A", 0, 2, approved: "2026-01-01") with { Religion = "Muslim", EthnicityCodes = new HashSet<string> { "MWBC" }, Languages = new HashSet<string> { "Urdu" } };
        var b = Household("B", 0, 5, approved: "2026-02-01") with { Religion = "Christian", EthnicityCodes = new HashSet<string> { "WBRI" }, Languages = new HashSet<string> { "English" } };
        var c = Household("C", 0, 5, approved: "2026-01-01") with { Religion = "Muslim", EthnicityCodes = new HashSet<string> { "MWBC" }, Languages = new HashSet<string> { "Urdu" } };
        var d = Household("D", 0, 2, approved: "2026-01-01");

        var ranking = Rank(request, a, b, c, d);

        string Reason(RankedHousehold r, SoftConsideration s) => r.SoftScores.Single(x => x.Consideration == s).Explanation;
        Assert.Equal(["C", "B"], ranking.Ranked.Select(r => r.Household.Name));
        Assert.Equal(
            ["Shares Ruby's heritage (White and Black Caribbean)", "Partly shares Ruby's heritage (White and Black Caribbean): an adult's heritage is White British"],
            ranking.Ranked.Select(r => Reason(r, SoftConsideration.Heritage))
        );
        Assert.Equal(["Shares Ruby's religion (Muslim)", "Ruby's religion is Muslim; the household's is Christian"], ranking.Ranked.Select(r => Reason(r, SoftConsideration.Religion)));
        Assert.Equal(["Approved 326 days ago (counts in full from 365 days)", "Approved 295 days ago (counts in full from 365 days)"], ranking.Ranked.Select(r => Reason(r, SoftConsideration.TimeWaiting)));
        Assert.Equal(
            ["Ruby is 3; the household is approved for children aged 0 to 2", "Ruby is 3; the household is approved for children aged 0 to 2"],
            ranking.Excluded.Select(e => e.Failed.Single().Explanation)
        );
        Assert.Equal(["A", "D"], ranking.Excluded.Select(e => e.Household.Name));
    }

    [Fact]
    public void Households_in_one_ranking_get_their_own_distance_own_local_authority_and_early_permanence_reasons()
    {
        // Along a meridian the great-circle distance is the Earth's radius times the difference in latitude.
        static GeoPoint KilometresNorth(double km) => new(52.0 + km / (6371.0088 * Math.PI / 180), -1.5);
        var request = Request(Child("Ruby")) with
        {
            LocalAuthorityId = 7,
            LocalAuthorityCentre = new GeoPoint(52.0, -1.5),
            AvoidOwnLocalAuthority = true,
            EarlyPermanenceSought = EarlyPermanence.FosteringForAdoption,
        };
        // Both about 250 km away, one just inside the maximum distance and one just beyond it.
        var inside = Household("Inside") with { Location = KilometresNorth(249.6), LivesInLocalAuthorityId = 7, EarlyPermanenceApproved = true };
        var beyond = Household("Beyond") with { Location = KilometresNorth(250.4), LivesInLocalAuthorityId = 8 };

        var ranking = Rank(request, inside, beyond);

        string Reason(string name, SoftConsideration s) =>
            ranking.Ranked.Single(r => r.Household.Name == name).SoftScores.Single(x => x.Consideration == s).Explanation;
        Assert.Equal("About 250 km from the child's local authority", Reason("Inside", SoftConsideration.Distance));
        Assert.Equal("About 250 km from the child's local authority (beyond 250 km scores nothing)", Reason("Beyond", SoftConsideration.Distance));
        Assert.Equal("Lives in the child's own local authority, which the plan says to avoid", Reason("Inside", SoftConsideration.OwnLocalAuthority));
        Assert.Equal("Lives outside the child's own local authority, as the plan asks", Reason("Beyond", SoftConsideration.OwnLocalAuthority));
        Assert.Equal("Approved for early permanence, as the plan asks (fostering for adoption)", Reason("Inside", SoftConsideration.EarlyPermanence));
        Assert.Equal("Not approved for early permanence, which the plan asks for (fostering for adoption)", Reason("Beyond", SoftConsideration.EarlyPermanence));
    }
}
