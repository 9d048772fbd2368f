using Permanence.Domain.Children.Journey;

namespace Permanence.Domain.Matching;

/// <summary>
/// The health and disability needs recorded for a child and, in an approval range, the needs a
/// household can meet. A household that cannot meet one of a child's needs fails a hard rule.
/// </summary>
public enum MatchingNeed
{
    DevelopmentalDelay,
    LearningDisability,
    PhysicalDisability,
    SensoryImpairment,
    LongTermMedicalCondition,
    FoetalAlcoholSpectrumDisorder,
    EmotionalOrBehaviouralNeeds,
    /// <summary>An uncertain future: a family history of inherited illness, or prenatal exposure not yet known to have harmed.</summary>
    UncertainDevelopmentalFuture,
}

/// <summary>A point on the map in decimal degrees (WGS84), for the distance between a household and the child's LA.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The great-circle (haversine) distance in kilometres: "as the crow flies", not by road.</summary>
    public double KilometresTo(GeoPoint other)
    {
        var lat1 = Latitude * Math.PI / 180;
        var lat2 = other.Latitude * Math.PI / 180;
        var dLat = lat2 - lat1;
        var dLon = (other.Longitude - Longitude) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}

/// <summary>One child to be placed: what the hard rules and soft scores read about them.</summary>
public sealed record ChildForMatching(
    Guid ChildId,
    DateOnly DateOfBirth,
    IReadOnlySet<MatchingNeed> Needs,
    string EthnicityCode,
    string? Religion,
    string? FirstLanguage
)
{
    /// <summary>
    /// The child's first name as the family finder knows them, for the explanations on the page
    /// ("Ruby is 3"). Optional so that callers built before it existed still compile; without it
    /// the explanations say "the child".
    /// </summary>
    public string? Name { get; init; }
}

/// <summary>
/// What a family finder is looking for: one child, or a sibling group to be placed together (every
/// sibling in <see cref="Children"/>, the one whose page it is first). Siblings placed apart are
/// each a request of their own.
/// </summary>
public sealed record PlacementRequest(
    Guid LeadChildId,
    int LocalAuthorityId,
    GeoPoint? LocalAuthorityCentre,
    IReadOnlyList<ChildForMatching> Children,
    /// <summary>The plan says the child should not live in their own LA (for example, for safety).</summary>
    bool AvoidOwnLocalAuthority,
    /// <summary>The plan asks for early permanence (fostering for adoption or concurrent planning).</summary>
    EarlyPermanence EarlyPermanenceSought,
    DateOnly EnteredCare,
    IReadOnlyList<PriorityReason> PriorityReasons
);

/// <summary>An approved household as the matching rules see it: its current approval range and who it is.</summary>
public sealed record HouseholdForMatching(
    Guid HouseholdId,
    string Name,
    /// <summary>The RAA or VAA that approved the household.</summary>
    int AgencyId,
    /// <summary>Approved by a partner VAA (or another agency): a match is an inter-agency placement with a fee.</summary>
    bool InterAgency,
    int MinimumChildren,
    int MaximumChildren,
    int MinimumAgeYears,
    int MaximumAgeYears,
    bool SiblingGroups,
    IReadOnlySet<MatchingNeed> NeedsCanMeet,
    /// <summary>DfE ethnicity codes of the adults in the household.</summary>
    IReadOnlySet<string> EthnicityCodes,
    string? Religion,
    IReadOnlySet<string> Languages,
    /// <summary>The LA the household lives in, when it lives in the region.</summary>
    int? LivesInLocalAuthorityId,
    GeoPoint? Location,
    DateOnly ApprovedOn,
    /// <summary>Approved for early permanence (fostering for adoption / concurrent planning) as well as adoption.</summary>
    bool EarlyPermanenceApproved
);
