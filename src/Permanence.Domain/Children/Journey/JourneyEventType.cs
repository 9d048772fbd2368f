namespace Permanence.Domain.Children.Journey;

/// <summary>
/// The dated milestones of a child's permanence journey (DOMAIN.md "The child's permanence
/// journey"). SHOBPA = the agency decision maker's decision that the child "should be placed for
/// adoption". The declaration order is the order in which events of the same day are taken
/// (ADR 0023): a decision comes before its reversal, an order before the match, the adoption
/// order before a disruption reported on the same day.
/// </summary>
public enum JourneyEventType
{
    /// <summary>Starts a period of care. A child can have several.</summary>
    EnteredCare,
    LegalPlanningMeeting,
    CareProceedingsIssued,
    /// <summary>Identified as possibly needing adoption: the RAA allocates a family finder.</summary>
    IdentifiedForAdoption,
    /// <summary>The permanence plan: the routes explored in parallel (twin-track) and any early permanence.</summary>
    PermanencePlanMade,
    ShouldBePlacedDecision,
    ShouldBePlacedDecisionReversed,
    CareProceedingsConcluded,
    PlacementOrderGranted,
    /// <summary>A relinquished child: the parents consented to placement for adoption, so no placement order is needed.</summary>
    ParentalConsentToPlacement,
    MatchDecision,
    /// <summary>Placed for adoption: the child moved in with the adoptive family.</summary>
    MovedInWithAdopters,
    AdoptionApplication,
    /// <summary>Ends the period of care and the LA's case responsibility.</summary>
    AdoptionOrder,
    /// <summary>The placement broke down, before or after the adoption order.</summary>
    Disruption,
    PlacementOrderRevoked,
    /// <summary>The plan changed away from adoption to another route, with the reason.</summary>
    PlanChanged,
    /// <summary>Ends a period of care other than by adoption (returned home, SGO, CAO, ...).</summary>
    LeftCare,
}

/// <summary>Permanence routes; a plan can explore several at once (parallel or twin-track planning).</summary>
[Flags]
public enum PermanenceRoutes
{
    None = 0,
    ReturnHome = 1,
    SpecialGuardianship = 2,
    ChildArrangements = 4,
    Adoption = 8,
    LongTermFostering = 16,
    ResidentialCare = 32,
}

/// <summary>Early permanence: the child lives with the family who may adopt them before the match.</summary>
public enum EarlyPermanence
{
    None,
    ConcurrentPlanning,
    FosteringForAdoption,
}

public static class JourneyNames
{
    public static string DisplayName(this JourneyEventType type) =>
        type switch
        {
            JourneyEventType.EnteredCare => "Entered care",
            JourneyEventType.LegalPlanningMeeting => "Legal planning meeting",
            JourneyEventType.CareProceedingsIssued => "Care proceedings issued",
            JourneyEventType.IdentifiedForAdoption => "Identified as possibly needing adoption",
            JourneyEventType.PermanencePlanMade => "Permanence plan",
            JourneyEventType.ShouldBePlacedDecision => "Should be placed for adoption decision (SHOBPA)",
            JourneyEventType.ShouldBePlacedDecisionReversed => "Should be placed for adoption decision reversed",
            JourneyEventType.CareProceedingsConcluded => "Care proceedings concluded",
            JourneyEventType.PlacementOrderGranted => "Placement order granted",
            JourneyEventType.ParentalConsentToPlacement => "Parental consent to placement for adoption",
            JourneyEventType.MatchDecision => "Match decision",
            JourneyEventType.MovedInWithAdopters => "Moved in with the adoptive family",
            JourneyEventType.AdoptionApplication => "Adoption application made",
            JourneyEventType.AdoptionOrder => "Adoption order granted",
            JourneyEventType.Disruption => "Disruption",
            JourneyEventType.PlacementOrderRevoked => "Placement order revoked",
            JourneyEventType.PlanChanged => "Plan changed away from adoption",
            JourneyEventType.LeftCare => "Left care",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };

    public static string DisplayName(this PermanenceRoutes route) =>
        route switch
        {
            PermanenceRoutes.ReturnHome => "Return home",
            PermanenceRoutes.SpecialGuardianship => "Special guardianship order (SGO)",
            PermanenceRoutes.ChildArrangements => "Child arrangements order (CAO)",
            PermanenceRoutes.Adoption => "Adoption",
            PermanenceRoutes.LongTermFostering => "Long-term fostering",
            PermanenceRoutes.ResidentialCare => "Residential care",
            PermanenceRoutes.None => "None",
            _ => string.Join(", ", Each(route).Select(r => r.DisplayName())),
        };

    public static string DisplayName(this EarlyPermanence early) =>
        early switch
        {
            EarlyPermanence.None => "None",
            EarlyPermanence.ConcurrentPlanning => "Concurrent planning",
            EarlyPermanence.FosteringForAdoption => "Fostering for adoption",
            _ => throw new ArgumentOutOfRangeException(nameof(early), early, null),
        };

    /// <summary>The single routes in a set, in declaration order.</summary>
    public static IEnumerable<PermanenceRoutes> Each(PermanenceRoutes routes) =>
        Enum.GetValues<PermanenceRoutes>().Where(r => r != PermanenceRoutes.None && routes.HasFlag(r));
}
