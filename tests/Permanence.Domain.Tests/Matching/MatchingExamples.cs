using System.Globalization;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;

namespace Permanence.Domain.Tests.Matching;

/// <summary>Worked-example builders: a child, a request and a household that pass every hard rule unless told otherwise.</summary>
internal static class MatchingExamples
{
    public static readonly DateOnly Today = D("2026-11-23");

    public static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static ChildForMatching Child(
        string name = "Ruby",
        string born = "2023-06-01",
        string ethnicity = "WBRI",
        string? religion = null,
        string? language = null,
        params MatchingNeed[] needs
    ) => new(Guid.NewGuid(), D(born), needs.ToHashSet(), ethnicity, religion, language) { Name = name };

    public static PlacementRequest Request(params ChildForMatching[] children) =>
        new(children[0].ChildId, 1, null, children, false, EarlyPermanence.None, D("2025-01-01"), []);

    public static PlacementRequest Request(string name = "Ruby", string born = "2023-06-01") => Request(Child(name, born));

    public static HouseholdForMatching Household(
        string name = "The Ahmed household",
        int minAge = 0,
        int maxAge = 4,
        int minChildren = 1,
        int maxChildren = 2,
        bool siblings = true,
        string approved = "2026-01-01",
        params MatchingNeed[] canMeet
    ) =>
        new(
            Guid.NewGuid(),
            name,
            AgencyId: 10,
            InterAgency: false,
            MinimumChildren: minChildren,
            MaximumChildren: maxChildren,
            MinimumAgeYears: minAge,
            MaximumAgeYears: maxAge,
            SiblingGroups: siblings,
            NeedsCanMeet: canMeet.ToHashSet(),
            EthnicityCodes: new HashSet<string>(),
            Religion: null,
            Languages: new HashSet<string>(),
            LivesInLocalAuthorityId: null,
            Location: null,
            ApprovedOn: D(approved),
            EarlyPermanenceApproved: false
        );

    public static MatchRanking Rank(PlacementRequest request, params HouseholdForMatching[] households) =>
        MatchRanker.Rank(request, households, MatchingWeights.Default, Today);

    public static HardRuleResult Rule(PlacementRequest request, HouseholdForMatching household, HardRule rule)
    {
        var ranking = Rank(request, household);
        var rules = ranking.Ranked.Count == 1 ? ranking.Ranked[0].HardRules : ranking.Excluded[0].HardRules;
        return rules.Single(r => r.Rule == rule);
    }

    public static SoftScore Soft(PlacementRequest request, HouseholdForMatching household, SoftConsideration consideration) =>
        Rank(request, household).Ranked.Single().SoftScores.Single(s => s.Consideration == consideration);
}
