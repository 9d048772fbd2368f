using Permanence.Domain.Matching;
using static Permanence.Domain.Tests.Matching.MatchingExamples;

namespace Permanence.Domain.Tests.Matching;

public class HardRuleTests
{
    [Theory]
    [InlineData("2023-06-01", "2026-11-23", 0, 2, false)] // 3: older than the range
    [InlineData("2023-06-01", "2026-11-23", 0, 3, true)] // 3: at the top of the range
    [InlineData("2023-06-01", "2026-11-23", 3, 5, true)] // 3: at the bottom of the range
    [InlineData("2023-06-01", "2026-11-23", 4, 6, false)] // 3: younger than the range
    [InlineData("2023-11-24", "2026-11-23", 0, 2, true)] // turns 3 tomorrow: still 2 today
    [InlineData("2023-11-23", "2026-11-23", 0, 2, false)] // turns 3 today: out of a 0 to 2 range
    [InlineData("2024-02-29", "2027-02-28", 0, 2, true)] // born 29 February: still 2 on 28 February of a common year
    [InlineData("2024-02-29", "2027-03-01", 0, 2, false)] // ...and 3 on 1 March
    [InlineData("2024-02-29", "2028-02-29", 4, 6, true)] // 4 on 29 February of a leap year
    [InlineData("2026-11-23", "2026-11-23", 0, 0, true)] // born today: under 1
    public void Every_child_is_within_the_approved_age_range_on_the_day(string born, string today, int min, int max, bool passes)
    {
        var request = Request(Child("Ruby", born));
        var household = Household(minAge: min, maxAge: max);

        Assert.Equal(passes, MatchRanker.MeetsHardRules(request, household, D(today)));
        var ranking = MatchRanker.Rank(request, [household], MatchingWeights.Default, D(today));
        Assert.Equal(passes, ranking.Ranked.Count == 1);
        var rules = passes ? ranking.Ranked[0].HardRules : ranking.Excluded[0].HardRules;
        Assert.Equal(passes, rules.Single(r => r.Rule == HardRule.AgeInRange).Passed);
    }

    [Fact]
    public void An_age_outside_the_range_is_explained_with_the_childs_age_and_the_range()
    {
        var excluded = Rank(Request(Child("Ruby", "2023-06-01")), Household(minAge: 0, maxAge: 2)).Excluded.Single();

        var failed = Assert.Single(excluded.Failed);
        Assert.Equal(new HardRuleResult(HardRule.AgeInRange, false, "Ruby is 3; the household is approved for children aged 0 to 2"), failed);
    }

    [Fact]
    public void Each_siblings_age_must_be_in_range_and_the_explanation_names_the_one_outside()
    {
        var request = Request(Child("Ruby", "2023-06-01"), Child("Sam", "2020-03-01"));

        var rule = Rule(request, Household(minAge: 0, maxAge: 4), HardRule.AgeInRange);

        Assert.Equal(new HardRuleResult(HardRule.AgeInRange, false, "Sam is 6; the household is approved for children aged 0 to 4"), rule);
        Assert.Equal(
            "Ruby is 3 and Sam is 6; the household is approved for children aged 0 to 6",
            Rule(request, Household(minAge: 0, maxAge: 6), HardRule.AgeInRange).Explanation
        );
    }

    [Theory]
    [InlineData(1, 1, 1, true)]
    [InlineData(2, 1, 2, true)]
    [InlineData(3, 1, 2, false)] // three siblings, approved for up to two
    [InlineData(1, 2, 3, false)] // one child, approved for two or three only
    public void The_number_of_children_placed_together_is_within_the_approved_number(int children, int min, int max, bool passes)
    {
        var request = Request(Enumerable.Range(1, children).Select(i => Child($"Child{i}", "2023-06-01")).ToArray());
        var household = Household(minChildren: min, maxChildren: max, siblings: true);

        Assert.Equal(passes, MatchRanker.MeetsHardRules(request, household, Today));
        Assert.Equal(passes, Rule(request, household, HardRule.NumberOfChildren).Passed);
    }

    [Fact]
    public void The_number_of_children_is_explained()
    {
        var request = Request(Child("Ruby"), Child("Sam"), Child("Ava"));

        Assert.Equal(
            "3 children to be placed together; the household is approved for 1 to 2 children",
            Rule(request, Household(minChildren: 1, maxChildren: 2), HardRule.NumberOfChildren).Explanation
        );
    }

    [Fact]
    public void A_sibling_group_needs_a_household_approved_for_sibling_groups()
    {
        var request = Request(Child("Ruby"), Child("Sam"));
        var household = Household(minChildren: 1, maxChildren: 2, siblings: false);

        Assert.False(MatchRanker.MeetsHardRules(request, household, Today));
        var excluded = Rank(request, household).Excluded.Single();
        Assert.Equal(
            [new HardRuleResult(HardRule.SiblingGroup, false, "A sibling group of 2; the household is not approved for a sibling group")],
            excluded.Failed.ToList()
        );
    }

    [Fact]
    public void A_single_child_is_not_held_to_the_sibling_group_rule()
    {
        var request = Request(Child("Ruby"));
        var household = Household(siblings: false, maxChildren: 1);

        Assert.True(MatchRanker.MeetsHardRules(request, household, Today));
        Assert.Equal(new HardRuleResult(HardRule.SiblingGroup, true, "Not a sibling group"), Rule(request, household, HardRule.SiblingGroup));
    }

    [Theory]
    [InlineData(new MatchingNeed[0], new MatchingNeed[0], true)]
    [InlineData(new[] { MatchingNeed.DevelopmentalDelay }, new[] { MatchingNeed.DevelopmentalDelay }, true)]
    [InlineData(new[] { MatchingNeed.DevelopmentalDelay }, new MatchingNeed[0], false)]
    [InlineData(new[] { MatchingNeed.DevelopmentalDelay, MatchingNeed.SensoryImpairment }, new[] { MatchingNeed.DevelopmentalDelay }, false)]
    [InlineData(new[] { MatchingNeed.UncertainDevelopmentalFuture }, new[] { MatchingNeed.UncertainDevelopmentalFuture, MatchingNeed.LearningDisability }, true)]
    public void Every_need_of_the_child_is_one_the_household_can_meet(MatchingNeed[] needs, MatchingNeed[] canMeet, bool passes)
    {
        var request = Request(Child("Ruby", needs: needs));
        var household = Household(canMeet: canMeet);

        Assert.Equal(passes, MatchRanker.MeetsHardRules(request, household, Today));
        Assert.Equal(passes, Rule(request, household, HardRule.NeedsCanBeMet).Passed);
    }

    [Fact]
    public void Each_siblings_needs_must_be_met_and_the_explanation_says_which_need_of_which_child()
    {
        var request = Request(
            Child("Ruby", needs: [MatchingNeed.DevelopmentalDelay]),
            Child("Sam", needs: [MatchingNeed.LearningDisability, MatchingNeed.PhysicalDisability])
        );
        var household = Household(canMeet: [MatchingNeed.DevelopmentalDelay, MatchingNeed.PhysicalDisability]);

        Assert.False(MatchRanker.MeetsHardRules(request, household, Today));
        Assert.Equal(
            new HardRuleResult(HardRule.NeedsCanBeMet, false, "The household is not approved to meet Sam's learning disability"),
            Rule(request, household, HardRule.NeedsCanBeMet)
        );
        Assert.Equal(
            "The household can meet Ruby's developmental delay and Sam's learning disability and physical disability",
            Rule(request, household with { NeedsCanMeet = new HashSet<MatchingNeed>(household.NeedsCanMeet) { MatchingNeed.LearningDisability } }, HardRule.NeedsCanBeMet).Explanation
        );
    }

    [Fact]
    public void Every_household_ends_in_exactly_one_list_and_the_fast_check_agrees()
    {
        var request = Request(Child("Ruby", "2023-06-01", needs: [MatchingNeed.DevelopmentalDelay]), Child("Sam", "2021-06-01"));
        var households = new List<HouseholdForMatching>();
        foreach (var (min, max) in new[] { (0, 2), (0, 5), (3, 6), (4, 8) })
        foreach (var (minC, maxC) in new[] { (1, 1), (1, 2), (2, 3), (3, 4) })
        foreach (var siblings in new[] { true, false })
        foreach (var canMeet in new[] { Array.Empty<MatchingNeed>(), [MatchingNeed.DevelopmentalDelay] })
        {
            households.Add(Household($"H {min}-{max} {minC}-{maxC} {siblings} {canMeet.Length}", min, max, minC, maxC, siblings, canMeet: canMeet));
        }

        var ranking = MatchRanker.Rank(request, households, MatchingWeights.Default, Today);

        Assert.Equal(households.Count, ranking.Ranked.Count + ranking.Excluded.Count);
        Assert.Equal(
            households.Select(h => h.HouseholdId).Order(),
            ranking.Ranked.Select(r => r.Household.HouseholdId).Concat(ranking.Excluded.Select(e => e.Household.HouseholdId)).Order()
        );
        Assert.All(ranking.Ranked, r => Assert.True(MatchRanker.MeetsHardRules(request, r.Household, Today)));
        Assert.All(ranking.Excluded, e => Assert.False(MatchRanker.MeetsHardRules(request, e.Household, Today)));
        Assert.All(ranking.Excluded, e => Assert.NotEmpty(e.Failed));
        Assert.All(ranking.Ranked, r => Assert.Equal(4, r.HardRules.Count));
        // Only 0-5 or 3-6, 1-2 or 2-3 children, sibling groups, meeting developmental delay: 4 households.
        Assert.Equal(4, ranking.Ranked.Count);
        Assert.Equal(Enumerable.Range(1, 4), ranking.Ranked.Select(r => r.Place));
    }

    [Fact]
    public void A_household_whose_range_changed_on_review_is_ranked_on_its_current_range()
    {
        var request = Request(Child("Ruby", "2023-06-01"));
        var before = Household(minAge: 0, maxAge: 2);
        var afterReview = before with { MaximumAgeYears = 4 };

        Assert.Empty(Rank(request, before).Ranked);
        Assert.Equal(afterReview, Rank(request, afterReview).Ranked.Single().Household);
        Assert.Equal("Ruby is 3; the household is approved for children aged 0 to 4", Rule(request, afterReview, HardRule.AgeInRange).Explanation);
        // And the other way: a range narrowed on review now excludes.
        Assert.False(MatchRanker.MeetsHardRules(request, afterReview with { MinimumAgeYears = 4, MaximumAgeYears = 6 }, Today));
    }

    [Fact]
    public void Excluded_households_are_listed_by_name()
    {
        var request = Request(Child("Ruby", "2023-06-01"));

        var excluded = Rank(request, Household("Zed household", 0, 1), Household("alpha household", 0, 1), Household("Beta household", 0, 1)).Excluded;

        Assert.Equal(["alpha household", "Beta household", "Zed household"], excluded.Select(e => e.Household.Name));
    }

    [Theory]
    [InlineData(HardRule.AgeInRange, "Age within the approval range")]
    [InlineData(HardRule.NumberOfChildren, "Number of children")]
    [InlineData(HardRule.SiblingGroup, "Sibling group")]
    [InlineData(HardRule.NeedsCanBeMet, "Needs the household can meet")]
    public void Hard_rules_have_display_names(HardRule rule, string name) => Assert.Equal(name, rule.DisplayName());

    [Fact]
    public void Every_need_has_a_display_name() =>
        Assert.All(Enum.GetValues<MatchingNeed>(), n => Assert.False(string.IsNullOrWhiteSpace(n.DisplayName())));

    [Fact]
    public void Checking_the_hard_rules_allocates_nothing()
    {
        var request = Request(Child("Ruby", "2024-02-29", needs: [MatchingNeed.DevelopmentalDelay]), Child("Sam", "2021-06-01"));
        var household = Household(canMeet: [MatchingNeed.DevelopmentalDelay], maxAge: 6);
        MatchRanker.MeetsHardRules(request, household, Today);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var passed = 0;
        for (var i = 0; i < 1000; i++) if (MatchRanker.MeetsHardRules(request, household, Today)) passed++;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((1000, 0L), (passed, allocated));
    }
}
