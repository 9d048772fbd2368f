using Permanence.Domain.Children;

namespace Permanence.Domain.Matching;

/// <summary>The age bands of the sufficiency table, by the youngest child's completed age.</summary>
public enum AgeBand
{
    UnderOne,
    OneToTwo,
    ThreeToFour,
    FiveToSeven,
    EightAndOver,
}

public static class AgeBands
{
    public static AgeBand Of(int years) =>
        years switch
        {
            < 1 => AgeBand.UnderOne,
            <= 2 => AgeBand.OneToTwo,
            <= 4 => AgeBand.ThreeToFour,
            <= 7 => AgeBand.FiveToSeven,
            _ => AgeBand.EightAndOver,
        };

    public static string DisplayName(this AgeBand band) =>
        band switch
        {
            AgeBand.UnderOne => "Under 1",
            AgeBand.OneToTwo => "1 to 2",
            AgeBand.ThreeToFour => "3 to 4",
            AgeBand.FiveToSeven => "5 to 7",
            AgeBand.EightAndOver => "8 and over",
            _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
        };
}

/// <summary>A kind of waiting request. <see cref="SiblingGroupSize"/> is 1, 2, or 3 meaning "3 or more".</summary>
public sealed record SufficiencyProfile(AgeBand AgeBand, int SiblingGroupSize, bool HasNeeds, EthnicGroup Heritage)
{
    public const int LargestGroupShown = 3;

    public string SiblingGroupDisplay => SiblingGroupSize switch
    {
        1 => "Single child",
        >= LargestGroupShown => $"{LargestGroupShown} or more",
        _ => $"{SiblingGroupSize} together",
    };

    /// <summary>
    /// A request's profile: the youngest child's age band, the group size (3 and over together),
    /// whether any child has a recorded need, and the lead child's ethnic group.
    /// </summary>
    public static SufficiencyProfile Of(PlacementRequest request, DateOnly today)
    {
        var youngest = int.MaxValue;
        var hasNeeds = false;
        foreach (var child in request.Children)
        {
            youngest = Math.Min(youngest, MatchRanker.AgeOf(child, today));
            hasNeeds |= child.Needs.Count > 0;
        }

        var heritage = request.Children.Count == 0
            ? EthnicGroup.NotKnown
            : Ethnicity.FromCode(request.Children[0].EthnicityCode)?.Group ?? EthnicGroup.NotKnown;
        return new SufficiencyProfile(
            AgeBands.Of(youngest == int.MaxValue ? 0 : youngest),
            Math.Clamp(request.Children.Count, 1, LargestGroupShown),
            hasNeeds,
            heritage
        );
    }
}

public sealed record SufficiencyRow(SufficiencyProfile Profile, int WaitingRequests, int WaitingChildren, int HouseholdsThatCanMeet, int Shortfall);

public static class SufficiencyGap
{
    /// <summary>
    /// One row per profile of waiting request. HouseholdsThatCanMeet counts each household once
    /// per profile: those passing every hard rule for at least one request of the profile.
    /// Shortfall = max(0, WaitingRequests - HouseholdsThatCanMeet). Ordered by shortfall
    /// (largest first), then age band, group size, needs and heritage.
    /// </summary>
    public static IReadOnlyList<SufficiencyRow> Compute(
        IReadOnlyList<PlacementRequest> waiting,
        IReadOnlyList<HouseholdForMatching> households,
        DateOnly today
    )
    {
        var householdNeeds = new int[households.Count];
        for (var h = 0; h < households.Count; h++) householdNeeds[h] = RequestShape.NeedsMaskOf(households[h].NeedsCanMeet);

        var groups = new Dictionary<SufficiencyProfile, (int Requests, int Children, HashSet<RequestShape> Shapes)>();
        foreach (var request in waiting)
        {
            var profile = SufficiencyProfile.Of(request, today);
            if (!groups.TryGetValue(profile, out var group)) group = (0, 0, []);
            // Requests with the same shape pass for the same households: test each shape once.
            group.Shapes.Add(RequestShape.Of(request, today));
            groups[profile] = (group.Requests + 1, group.Children + request.Children.Count, group.Shapes);
        }

        var rows = new List<SufficiencyRow>(groups.Count);
        foreach (var (profile, (requests, children, shapeSet)) in groups)
        {
            var shapes = shapeSet.ToArray();
            var canMeet = 0;
            for (var h = 0; h < households.Count; h++)
            {
                foreach (var shape in shapes)
                {
                    if (shape.MetBy(households[h], householdNeeds[h]))
                    {
                        canMeet++;
                        break;
                    }
                }
            }

            rows.Add(new SufficiencyRow(profile, requests, children, canMeet, Math.Max(0, requests - canMeet)));
        }

        rows.Sort(
            (a, b) =>
            {
                var c = b.Shortfall.CompareTo(a.Shortfall);
                if (c == 0) c = a.Profile.AgeBand.CompareTo(b.Profile.AgeBand);
                if (c == 0) c = a.Profile.SiblingGroupSize.CompareTo(b.Profile.SiblingGroupSize);
                if (c == 0) c = a.Profile.HasNeeds.CompareTo(b.Profile.HasNeeds);
                if (c == 0) c = a.Profile.Heritage.CompareTo(b.Profile.Heritage);
                return c;
            }
        );
        return rows;
    }
}
