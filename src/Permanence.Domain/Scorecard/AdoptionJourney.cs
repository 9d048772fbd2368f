namespace Permanence.Domain.Scorecard;

/// <summary>
/// The dates of one child's completed adoption that the Adoption Scorecard needs. The tracker
/// builds these from recorded journey events; the SSDA903 mapping builds them from a return.
/// </summary>
/// <param name="ChildId">The LA's child identifier (SSDA903 CHILD).</param>
/// <param name="LocalAuthorityCode">The LA responsible, when known (used to group region figures).</param>
/// <param name="EnteredCare">Start of the period of care that ended in adoption.</param>
/// <param name="MovedInWithAdopters">The date the child moved in with the family who adopted them
/// (after a disruption, the new adopters: see docs/adr/0020).</param>
/// <param name="MovedInWithFosterCarersWhoAdopted">For a foster carer adoption, the date the
/// child moved in with those carers as foster carers.</param>
/// <param name="AdoptedByFosterCarers">The adopters were the child's foster carers.</param>
/// <param name="PlacementOrder">Court authority to place (placement order, or a historic freeing order).</param>
/// <param name="MatchDecision">The ADM's decision to match the child with the adopters.</param>
/// <param name="AdoptionOrder">The adoption order: decides which period the child counts in.</param>
/// <param name="Relinquished">Placed with parental consent (no court authority needed).</param>
public sealed record AdoptionJourney(
    string ChildId,
    string? LocalAuthorityCode,
    DateOnly EnteredCare,
    DateOnly MovedInWithAdopters,
    DateOnly? MovedInWithFosterCarersWhoAdopted,
    bool AdoptedByFosterCarers,
    DateOnly? PlacementOrder,
    DateOnly? MatchDecision,
    DateOnly AdoptionOrder,
    bool Relinquished
);
