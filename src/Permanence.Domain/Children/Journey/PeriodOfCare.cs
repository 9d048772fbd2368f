namespace Permanence.Domain.Children.Journey;

/// <summary>
/// One period of care and where its adoption journey stands, as replayed from the events by
/// <see cref="ChildJourney"/>. "In force" dates are cleared by what undoes them (a reversal, a
/// revocation, a disruption); the first placement order of the period is kept for A2 (ADR 0020).
/// </summary>
public sealed class PeriodOfCare
{
    private readonly List<PlacementDisruption> _disruptions = [];

    internal PeriodOfCare(DateOnly start) => Start = start;

    public DateOnly Start { get; }

    /// <summary>The day the period ended (adoption order or leaving care); null while the child is in care.</summary>
    public DateOnly? End { get; internal set; }

    public string? LeftCareReason { get; internal set; }

    public DateOnly? LegalPlanningMeeting { get; internal set; }

    public DateOnly? CareProceedingsIssued { get; internal set; }

    public DateOnly? CareProceedingsConcluded { get; internal set; }

    public DateOnly? IdentifiedForAdoption { get; internal set; }

    public PermanenceRoutes PlanRoutes { get; internal set; }

    public EarlyPermanence EarlyPermanence { get; internal set; }

    /// <summary>Adoption is (one of) the plan(s): set by identification, a plan with adoption or a SHOBPA decision; cleared by a change of plan or a reversal.</summary>
    public bool AdoptionPlanned { get; internal set; }

    public DateOnly? ShouldBePlacedDecision { get; internal set; }

    public DateOnly? ShouldBePlacedReversed { get; internal set; }

    public string? ShouldBePlacedReversalReason { get; internal set; }

    /// <summary>The first placement order of the period, even if later revoked (ADR 0020).</summary>
    public DateOnly? FirstPlacementOrder { get; internal set; }

    public DateOnly? PlacementOrderInForce { get; internal set; }

    public DateOnly? ParentalConsent { get; internal set; }

    public DateOnly? MatchDecision { get; internal set; }

    public DateOnly? MovedInWithAdopters { get; internal set; }

    public bool AdoptedByFosterCarers { get; internal set; }

    public DateOnly? MovedInWithFosterCarers { get; internal set; }

    public DateOnly? AdoptionApplication { get; internal set; }

    public DateOnly? AdoptionOrder { get; internal set; }

    public DateOnly? PlanChangedOn { get; internal set; }

    public PermanenceRoutes PlanChangedTo { get; internal set; }

    public string? PlanChangeReason { get; internal set; }

    public IReadOnlyList<PlacementDisruption> Disruptions => _disruptions;

    internal void AddDisruption(PlacementDisruption d) => _disruptions.Add(d);

    public bool IsOpen => End is null;

    /// <summary>Court authority to place or parental consent is in force.</summary>
    public bool HasAuthorityToPlace => PlacementOrderInForce is not null || ParentalConsent is not null;

    /// <summary>Relinquished: placed with parental consent, never a placement order in this period.</summary>
    public bool Relinquished => ParentalConsent is not null && FirstPlacementOrder is null;

    public JourneyStage Stage =>
        AdoptionOrder is not null ? JourneyStage.Adopted
        : End is not null ? JourneyStage.LeftCare
        : !AdoptionPlanned ? (PlanChangedOn is not null ? JourneyStage.PlanChanged : JourneyStage.InCare)
        : MovedInWithAdopters is not null ? JourneyStage.PlacedForAdoption
        : MatchDecision is not null ? JourneyStage.Matched
        : HasAuthorityToPlace ? JourneyStage.AuthorityToPlace
        : ShouldBePlacedDecision is not null ? JourneyStage.ShouldBePlaced
        : JourneyStage.PossibleAdoption;

    /// <summary>
    /// Days from entering care to moving in with the adoptive family, or to <paramref name="asAt"/>
    /// while the child waits (the A1 interval so far).
    /// </summary>
    public int DaysEnteredCareToMovedIn(DateOnly asAt) =>
        (MovedInWithAdopters ?? Min(asAt, End ?? asAt)).DayNumber - Start.DayNumber;

    /// <summary>
    /// Days from the first placement order to the match decision, or to <paramref name="asAt"/>
    /// while there is no match (the A2 interval so far); 0 for a match before the order; null
    /// without a placement order.
    /// </summary>
    public int? DaysPlacementOrderToMatch(DateOnly asAt) =>
        FirstPlacementOrder is { } order
            ? Math.Max(0, (MatchDecision ?? Min(asAt, End ?? asAt)).DayNumber - order.DayNumber)
            : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>A placement that broke down; <paramref name="AfterOrder"/> when it was after the adoption order.</summary>
public sealed record PlacementDisruption(DateOnly Date, string Reason, bool AfterOrder, DateOnly? MatchDecision, DateOnly? MovedIn);

/// <summary>Where a child's current period of care stands, in the order of the adoption journey.</summary>
public enum JourneyStage
{
    /// <summary>No adoption plan (or none yet).</summary>
    InCare,
    PossibleAdoption,
    ShouldBePlaced,
    /// <summary>Placement order (or parental consent) in force; waiting for a match.</summary>
    AuthorityToPlace,
    Matched,
    PlacedForAdoption,
    Adopted,
    PlanChanged,
    LeftCare,
}

public static class JourneyStages
{
    /// <summary>The stages the tracker follows: an adoption plan or a possible one, not yet adopted.</summary>
    public static bool IsTracked(this JourneyStage stage) =>
        stage is JourneyStage.PossibleAdoption or JourneyStage.ShouldBePlaced or JourneyStage.AuthorityToPlace
            or JourneyStage.Matched or JourneyStage.PlacedForAdoption;

    public static string DisplayName(this JourneyStage stage) =>
        stage switch
        {
            JourneyStage.InCare => "In care, no adoption plan",
            JourneyStage.PossibleAdoption => "Possible adoption",
            JourneyStage.ShouldBePlaced => "Should be placed for adoption",
            JourneyStage.AuthorityToPlace => "Placement order, waiting for a match",
            JourneyStage.Matched => "Matched",
            JourneyStage.PlacedForAdoption => "Placed for adoption",
            JourneyStage.Adopted => "Adopted",
            JourneyStage.PlanChanged => "Plan changed away from adoption",
            JourneyStage.LeftCare => "Left care",
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
        };
}
