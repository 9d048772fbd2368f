using Permanence.Domain.Children;
using Permanence.Domain.Matching;
using static Permanence.Domain.Tests.Matching.MatchingExamples;

namespace Permanence.Domain.Tests.Matching;

public class SufficiencyGapTests
{
    [Theory]
    [InlineData("2026-01-01", AgeBand.UnderOne)]
    [InlineData("2025-11-24", AgeBand.UnderOne)] // 1 tomorrow
    [InlineData("2025-11-23", AgeBand.OneToTwo)] // 1 today
    [InlineData("2023-11-24", AgeBand.OneToTwo)]
    [InlineData("2023-11-23", AgeBand.ThreeToFour)]
    [InlineData("2021-11-23", AgeBand.FiveToSeven)]
    [InlineData("2018-11-24", AgeBand.FiveToSeven)]
    [InlineData("2018-11-23", AgeBand.EightAndOver)]
    [InlineData("2012-02-29", AgeBand.EightAndOver)]
    public void A_request_is_banded_by_the_youngest_childs_completed_age(string born, AgeBand band) =>
        Assert.Equal(band, SufficiencyProfile.Of(Request(Child("Ruby", born)), Today).AgeBand);

    [Fact]
    public void A_sibling_group_is_banded_by_its_youngest_child_and_profiled_by_the_lead_childs_heritage_and_any_childs_needs()
    {
        var request = Request(Child("Ruby", "2018-01-01", ethnicity: "BAFR"), Child("Sam", "2024-01-01", ethnicity: "MWBA", needs: [MatchingNeed.LearningDisability]));

        Assert.Equal(new SufficiencyProfile(AgeBand.OneToTwo, 2, true, EthnicGroup.Black), SufficiencyProfile.Of(request, Today));
    }

    [Theory]
    [InlineData(1, 1, "Single child")]
    [InlineData(2, 2, "2 together")]
    [InlineData(3, 3, "3 or more")]
    [InlineData(5, 3, "3 or more")]
    public void Sibling_groups_of_three_or_more_share_one_profile(int children, int size, string display)
    {
        var profile = SufficiencyProfile.Of(Request(Enumerable.Range(0, children).Select(i => Child($"C{i}")).ToArray()), Today);

        Assert.Equal((size, display), (profile.SiblingGroupSize, profile.SiblingGroupDisplay));
    }

    [Theory]
    [InlineData(AgeBand.UnderOne, "Under 1")]
    [InlineData(AgeBand.OneToTwo, "1 to 2")]
    [InlineData(AgeBand.ThreeToFour, "3 to 4")]
    [InlineData(AgeBand.FiveToSeven, "5 to 7")]
    [InlineData(AgeBand.EightAndOver, "8 and over")]
    public void Age_bands_have_display_names(AgeBand band, string name) => Assert.Equal(name, band.DisplayName());

    [Fact]
    public void The_shortfall_is_waiting_requests_less_households_that_can_meet_them_and_never_negative()
    {
        var toddlers = new[] { Request(Child("Ruby", "2024-06-01")), Request(Child("Ava", "2024-03-01")) };
        var olderPair = Request(Child("Kai", "2017-01-01"), Child("Lea", "2016-01-01"));
        var households = new[]
        {
            Household("A", minAge: 0, maxAge: 4),
            Household("B", minAge: 0, maxAge: 4),
            Household("C", minAge: 0, maxAge: 4),
            Household("D", minAge: 6, maxAge: 10, siblings: false), // cannot take the pair
        };

        var rows = SufficiencyGap.Compute([.. toddlers, olderPair], households, Today);

        Assert.Equal(
            [
                new SufficiencyRow(new SufficiencyProfile(AgeBand.EightAndOver, 2, false, EthnicGroup.White), 1, 2, 0, 1),
                new SufficiencyRow(new SufficiencyProfile(AgeBand.OneToTwo, 1, false, EthnicGroup.White), 2, 2, 3, 0),
            ],
            rows
        );
    }

    [Fact]
    public void A_household_is_counted_once_per_profile_even_when_it_can_meet_several_requests()
    {
        // Same profile (1 to 2, single, no needs, White), different ages: one household meets both.
        var waiting = new[] { Request(Child("Ruby", "2024-06-01")), Request(Child("Ava", "2025-06-01")), Request(Child("Mia", "2025-06-01")) };
        var households = new[] { Household("A", minAge: 0, maxAge: 2), Household("B", minAge: 2, maxAge: 2) };

        var row = Assert.Single(SufficiencyGap.Compute(waiting, households, Today));

        Assert.Equal((3, 3, 2, 1), (row.WaitingRequests, row.WaitingChildren, row.HouseholdsThatCanMeet, row.Shortfall));
    }

    [Fact]
    public void Needs_heritage_and_group_size_make_separate_rows_ordered_by_shortfall_then_profile()
    {
        var waiting = new[]
        {
            Request(Child("Ruby", "2024-06-01", needs: [MatchingNeed.DevelopmentalDelay])),
            Request(Child("Noor", "2024-06-01", needs: [MatchingNeed.DevelopmentalDelay])),
            Request(Child("Ava", "2024-06-01", ethnicity: "AIND")),
            Request(Child("Kai", "2024-06-01"), Child("Lea", "2024-06-01"), Child("Jo", "2024-06-01")),
        };
        var households = new[] { Household("A", maxChildren: 3), Household("B", maxChildren: 1) };

        var rows = SufficiencyGap.Compute(waiting, households, Today);

        Assert.Equal(
            [(true, EthnicGroup.White, 1, 2, 0, 2), (false, EthnicGroup.Asian, 1, 1, 2, 0), (false, EthnicGroup.White, 3, 1, 1, 0)],
            rows.Select(r => (r.Profile.HasNeeds, r.Profile.Heritage, r.Profile.SiblingGroupSize, r.WaitingRequests, r.HouseholdsThatCanMeet, r.Shortfall))
        );
        Assert.Equal(6, rows.Sum(r => r.WaitingChildren));
    }

    [Fact]
    public void The_households_that_can_meet_a_profile_agree_with_the_hard_rules()
    {
        var waiting = new[]
        {
            Request(Child("Ruby", "2024-06-01")),
            Request(Child("Sam", "2023-06-01", needs: [MatchingNeed.EmotionalOrBehaviouralNeeds])),
            Request(Child("Kai", "2020-01-01"), Child("Lea", "2022-01-01")),
        };
        var households = Enumerable.Range(0, 6).Select(i => Household($"H{i}", minAge: i % 3, maxAge: 2 + i, siblings: i % 2 == 0, canMeet: i > 3 ? [MatchingNeed.EmotionalOrBehaviouralNeeds] : [])).ToArray();

        var rows = SufficiencyGap.Compute(waiting, households, Today);

        foreach (var row in rows)
        {
            var requests = waiting.Where(r => SufficiencyProfile.Of(r, Today) == row.Profile).ToList();
            Assert.Equal(households.Count(h => requests.Any(r => MatchRanker.MeetsHardRules(r, h, Today))), row.HouseholdsThatCanMeet);
        }
    }

    [Fact]
    public void No_waiting_children_give_no_rows() =>
        Assert.Empty(SufficiencyGap.Compute([], [Household()], Today));
}
