using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using static Permanence.Domain.Tests.Matching.MatchingExamples;

namespace Permanence.Domain.Tests.Matching;

public class SoftScoreTests
{
    private static HouseholdForMatching WithAdults(params string[] codes) => Household() with { EthnicityCodes = codes.ToHashSet() };

    [Theory]
    [InlineData("MWBC", new[] { "MWBC" }, 1.0)] // same DfE code
    [InlineData("MWBC", new[] { "WBRI", "MWBC" }, 1.0)] // one adult is enough
    [InlineData("MWBC", new[] { "WBRI" }, 0.5)] // mixed heritage: shares the White heritage
    [InlineData("MWBC", new[] { "BCRB" }, 0.5)] // mixed heritage: shares the Black heritage
    [InlineData("MWAS", new[] { "AIND" }, 0.5)] // White and Asian: an Indian adult shares the Asian heritage
    [InlineData("MWBC", new[] { "MWBA" }, 0.5)] // same group (Mixed), different code
    [InlineData("MWBC", new[] { "AIND" }, 0.0)] // shares neither heritage nor group
    [InlineData("BAFR", new[] { "BCRB" }, 0.5)] // same group (Black)
    [InlineData("WBRI", new[] { "MWBC" }, 0.0)] // only a Mixed child scores a part-share of heritage
    [InlineData("MOTH", new[] { "WBRI" }, 0.0)] // any other mixed background names no heritage to share
    [InlineData("WBRI", new[] { "REFU" }, 0.0)] // an adult whose ethnicity is refused shares nothing
    public void Heritage_scores_a_shared_code_in_full_and_a_shared_group_or_mixed_heritage_by_half(string child, string[] adults, double fraction)
    {
        var score = Soft(Request(Child("Ruby", ethnicity: child)), WithAdults(adults), SoftConsideration.Heritage);

        Assert.Equal((MatchingWeights.Default.Heritage, fraction, MatchingWeights.Default.Heritage * fraction), (score.Weight, score.Fraction, score.Points));
    }

    [Theory]
    [InlineData("MWBC", new[] { "MWBC" }, "Shares Ruby's heritage (White and Black Caribbean)")]
    [InlineData("MWBC", new[] { "WBRI" }, "Partly shares Ruby's heritage (White and Black Caribbean): an adult's heritage is White British")]
    [InlineData("MWBC", new[] { "CHNE" }, "No adult shares Ruby's heritage (White and Black Caribbean)")]
    public void Heritage_is_explained_with_the_childs_heritage(string child, string[] adults, string explanation) =>
        Assert.Equal(explanation, Soft(Request(Child("Ruby", ethnicity: child)), WithAdults(adults), SoftConsideration.Heritage).Explanation);

    [Theory]
    [InlineData("REFU", "Not scored: Ruby's ethnicity is not known (Refused)")]
    [InlineData("NOBT", "Not scored: Ruby's ethnicity is not known (Information not yet obtained)")]
    [InlineData("XXXX", "Not scored: Ruby's ethnicity is not recorded")]
    public void Heritage_is_not_scored_when_the_childs_ethnicity_is_not_known(string child, string explanation) =>
        Assert.Equal(
            new SoftScore(SoftConsideration.Heritage, 0, 0, 0, explanation),
            Soft(Request(Child("Ruby", ethnicity: child)), WithAdults("WBRI"), SoftConsideration.Heritage)
        );

    [Fact]
    public void Heritage_of_siblings_is_the_mean_over_the_siblings_whose_ethnicity_is_known()
    {
        var request = Request(Child("Ruby", ethnicity: "MWBC"), Child("Sam", ethnicity: "WBRI"), Child("Ava", ethnicity: "REFU"));

        var score = Soft(request, WithAdults("WBRI") with { MaximumChildren = 3 }, SoftConsideration.Heritage);

        Assert.Equal(0.75, score.Fraction, 6);
        Assert.Contains("Shares Sam's heritage (White British)", score.Explanation);
        Assert.Contains("Ava's ethnicity is not known (Refused)", score.Explanation);
    }

    [Theory]
    [InlineData("Muslim", "Muslim", 1.0, "Shares Ruby's religion (Muslim)")]
    [InlineData("Muslim", " muslim ", 1.0, "Shares Ruby's religion (Muslim)")]
    [InlineData("Muslim", "Christian", 0.0, "Ruby's religion is Muslim; the household's is Christian")]
    [InlineData("Muslim", null, 0.0, "Ruby's religion is Muslim; the household has no religion recorded")]
    public void Religion_scores_when_the_household_shares_the_childs_religion(string child, string? household, double fraction, string explanation)
    {
        var score = Soft(Request(Child("Ruby", religion: child)), Household() with { Religion = household }, SoftConsideration.Religion);

        Assert.Equal((MatchingWeights.Default.Religion, fraction, explanation), (score.Weight, score.Fraction, score.Explanation));
    }

    [Fact]
    public void Religion_is_not_scored_when_none_is_recorded_for_the_child() =>
        Assert.Equal(
            new SoftScore(SoftConsideration.Religion, 0, 0, 0, "Not scored: Ruby has no religion recorded"),
            Soft(Request(Child("Ruby", religion: null)), Household() with { Religion = "Christian" }, SoftConsideration.Religion)
        );

    [Theory]
    [InlineData("Polish", new[] { "English", "Polish" }, 1.0, "Speaks Ruby's first language (Polish)")]
    [InlineData("Polish", new[] { "english", "POLISH" }, 1.0, "Speaks Ruby's first language (Polish)")]
    [InlineData("Polish", new[] { "Urdu", "English" }, 0.0, "Ruby's first language is Polish; the household speaks English and Urdu")]
    [InlineData("Polish", new string[0], 0.0, "Ruby's first language is Polish; the household has no languages recorded")]
    public void Language_scores_when_the_childs_first_language_is_spoken_in_the_household(string child, string[] household, double fraction, string explanation)
    {
        var score = Soft(Request(Child("Ruby", language: child)), Household() with { Languages = household.ToHashSet() }, SoftConsideration.Language);

        Assert.Equal((MatchingWeights.Default.Language, fraction, explanation), (score.Weight, score.Fraction, score.Explanation));
    }

    [Fact]
    public void A_child_without_a_name_is_called_the_child() =>
        Assert.Equal(
            "Not scored: the child's ethnicity is not known (Refused)",
            Soft(Request(Child("Ruby", ethnicity: "REFU") with { Name = null }), WithAdults("WBRI"), SoftConsideration.Heritage).Explanation
        );

    [Fact]
    public void Language_is_not_scored_when_the_childs_first_language_is_not_recorded() =>
        Assert.Equal(0, Soft(Request(Child("Ruby", language: null)), Household() with { Languages = new HashSet<string> { "English" } }, SoftConsideration.Language).Weight);

    [Theory]
    [InlineData(0.0, 1.0, "Less than 1 km from the child's local authority")]
    [InlineData(0.2, 0.91104, "About 22 km from the child's local authority")]
    [InlineData(1.1242, 0.5, "About 125 km from the child's local authority")] // half the maximum distance
    [InlineData(3.0, 0.0, "About 334 km from the child's local authority (beyond 250 km scores nothing)")]
    public void Distance_falls_linearly_from_full_at_the_childs_local_authority_to_nothing_at_the_maximum(double degreesNorth, double fraction, string explanation)
    {
        var request = Request(Child("Ruby")) with { LocalAuthorityCentre = new GeoPoint(52.0, -1.5) };
        var household = Household() with { Location = new GeoPoint(52.0 + degreesNorth, -1.5) };

        var score = Soft(request, household, SoftConsideration.Distance);

        Assert.Equal(fraction, score.Fraction, 3);
        Assert.Equal(explanation, score.Explanation);
    }

    [Fact]
    public void Distance_between_two_real_places_is_as_the_crow_flies()
    {
        var leeds = new GeoPoint(53.7997, -1.5492);
        var manchester = new GeoPoint(53.4808, -2.2426);

        Assert.Equal(58.0, Math.Round(leeds.KilometresTo(manchester)));
    }

    [Theory]
    [InlineData(true, false, "Not scored: where the household lives is not recorded")]
    [InlineData(false, true, "Not scored: the centre of the child's local authority is not recorded")]
    public void Distance_is_not_scored_when_either_place_is_unknown(bool centreKnown, bool homeKnown, string explanation)
    {
        var request = Request(Child("Ruby")) with { LocalAuthorityCentre = centreKnown ? new GeoPoint(52, -1.5) : null };
        var household = Household() with { Location = homeKnown ? new GeoPoint(52.1, -1.5) : null };

        Assert.Equal(new SoftScore(SoftConsideration.Distance, 0, 0, 0, explanation), Soft(request, household, SoftConsideration.Distance));
    }

    [Theory]
    [InlineData(true, 1, 0.0, "Lives in the child's own local authority, which the plan says to avoid")]
    [InlineData(true, 2, 1.0, "Lives outside the child's own local authority, as the plan asks")]
    [InlineData(true, null, 1.0, "Lives outside the child's own local authority, as the plan asks")]
    public void A_household_in_the_childs_own_local_authority_scores_nothing_when_the_plan_says_to_avoid_it(bool avoid, int? livesIn, double fraction, string explanation)
    {
        var request = Request(Child("Ruby")) with { LocalAuthorityId = 1, AvoidOwnLocalAuthority = avoid };

        var score = Soft(request, Household() with { LivesInLocalAuthorityId = livesIn }, SoftConsideration.OwnLocalAuthority);

        Assert.Equal((MatchingWeights.Default.OwnLocalAuthority, fraction, explanation), (score.Weight, score.Fraction, score.Explanation));
    }

    [Fact]
    public void Own_local_authority_is_not_scored_when_the_plan_does_not_ask()
    {
        var request = Request(Child("Ruby")) with { LocalAuthorityId = 1, AvoidOwnLocalAuthority = false };

        var score = Soft(request, Household() with { LivesInLocalAuthorityId = 1 }, SoftConsideration.OwnLocalAuthority);

        Assert.Equal((0.0, 0.0), (score.Weight, score.Points));
        Assert.StartsWith("Not scored: ", score.Explanation);
    }

    [Theory]
    [InlineData("2026-11-23", 0.0, "Approved today (counts in full from 365 days)")]
    [InlineData("2026-11-22", 1 / 365.0, "Approved 1 day ago (counts in full from 365 days)")]
    [InlineData("2026-05-27", 180 / 365.0, "Approved 180 days ago (counts in full from 365 days)")]
    [InlineData("2025-11-23", 1.0, "Approved 365 days ago (counts in full from 365 days)")]
    [InlineData("2023-01-01", 1.0, "Approved 1422 days ago (counts in full from 365 days)")] // capped
    public void Time_waiting_counts_days_since_approval_up_to_the_cap(string approved, double fraction, string explanation)
    {
        var score = Soft(Request(Child("Ruby")), Household(approved: approved), SoftConsideration.TimeWaiting);

        Assert.Equal(fraction, score.Fraction, 9);
        Assert.Equal(explanation, score.Explanation);
    }

    [Theory]
    [InlineData(EarlyPermanence.FosteringForAdoption, true, 1.0, "Approved for early permanence, as the plan asks (fostering for adoption)")]
    [InlineData(EarlyPermanence.ConcurrentPlanning, false, 0.0, "Not approved for early permanence, which the plan asks for (concurrent planning)")]
    public void Early_permanence_scores_an_approved_household_when_the_plan_seeks_it(EarlyPermanence sought, bool approved, double fraction, string explanation)
    {
        var request = Request(Child("Ruby")) with { EarlyPermanenceSought = sought };

        var score = Soft(request, Household() with { EarlyPermanenceApproved = approved }, SoftConsideration.EarlyPermanence);

        Assert.Equal((MatchingWeights.Default.EarlyPermanence, fraction, explanation), (score.Weight, score.Fraction, score.Explanation));
    }

    [Fact]
    public void Early_permanence_is_not_scored_when_the_plan_does_not_seek_it() =>
        Assert.Equal(
            new SoftScore(SoftConsideration.EarlyPermanence, 0, 0, 0, "Not scored: the plan does not ask for early permanence"),
            Soft(Request(Child("Ruby")), Household() with { EarlyPermanenceApproved = true }, SoftConsideration.EarlyPermanence)
        );

    [Fact]
    public void The_score_is_the_sum_of_each_weight_times_its_fraction()
    {
        var request = Request(Child("Ruby", ethnicity: "MWBC", religion: "Christian", language: "English")) with
        {
            LocalAuthorityCentre = new GeoPoint(52, -1.5),
            AvoidOwnLocalAuthority = true,
            EarlyPermanenceSought = EarlyPermanence.FosteringForAdoption,
        };
        var household = Household(approved: "2026-05-27") with
        {
            EthnicityCodes = new HashSet<string> { "WBRI" },
            Religion = "Christian",
            Languages = new HashSet<string> { "English" },
            Location = new GeoPoint(52, -1.5),
            LivesInLocalAuthorityId = 2,
            EarlyPermanenceApproved = true,
        };
        var weights = new MatchingWeights(10, 2, 3, 4, 5, 6, 7, 100, 360);

        var ranked = MatchRanker.Rank(request, [household], weights, Today).Ranked.Single();

        // 10 x 0.5 + 2 + 3 + 4 + 5 + 6 x 180/360 + 7
        Assert.Equal(29.0, ranked.Score, 6);
        Assert.Equal(Enum.GetValues<SoftConsideration>(), ranked.SoftScores.Select(s => s.Consideration));
        Assert.All(ranked.SoftScores, s => Assert.Equal(s.Weight * s.Fraction, s.Points, 9));
    }

    [Theory]
    [InlineData(SoftConsideration.Heritage, "Heritage")]
    [InlineData(SoftConsideration.OwnLocalAuthority, "Own local authority")]
    [InlineData(SoftConsideration.TimeWaiting, "Time waiting")]
    [InlineData(SoftConsideration.EarlyPermanence, "Early permanence")]
    public void Soft_considerations_have_display_names(SoftConsideration consideration, string name) =>
        Assert.Equal(name, consideration.DisplayName());
}
