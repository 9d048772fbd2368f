using Permanence.Domain.Scorecard;

namespace Permanence.Domain.Children.Journey;

/// <summary>A broken rule: which event, which of its fields, and a message for the person recording it.</summary>
public sealed record JourneyViolation(Guid EventId, string Field, string Message);

/// <summary>
/// A child's journey replayed from its events in chronological order: the periods of care, where
/// each stands, and every rule an event breaks given what came before it (ADR 0023). Pure: the
/// caller passes the child's date of birth and today's date.
/// </summary>
public sealed class ChildJourney
{
    public const string DateField = "Date";
    public const string ReasonField = "Reason";
    public const string RoutesField = "Routes";
    public const string EarlyPermanenceField = "EarlyPermanence";
    public const string FosterCarersField = "MovedInWithFosterCarersOn";

    private readonly List<PeriodOfCare> _periods = [];
    private readonly List<JourneyViolation> _violations = [];

    // Meetings and proceedings can come before the child enters care (pre-proceedings work).
    private DateOnly? _meetingBeforeCare;
    private DateOnly? _proceedingsIssued;

    private ChildJourney(IReadOnlyList<JourneyEvent> events) => Events = events;

    /// <summary>The events in chronological order.</summary>
    public IReadOnlyList<JourneyEvent> Events { get; }

    public IReadOnlyList<PeriodOfCare> Periods => _periods;

    public IReadOnlyList<JourneyViolation> Violations => _violations;

    public bool IsValid => _violations.Count == 0;

    /// <summary>The latest period of care, or null when the child has none recorded.</summary>
    public PeriodOfCare? Current => _periods.Count == 0 ? null : _periods[^1];

    public JourneyStage Stage => Current?.Stage ?? JourneyStage.InCare;

    public static ChildJourney Replay(IEnumerable<JourneyEvent> events, DateOnly dateOfBirth, DateOnly today)
    {
        var ordered = events.Order(JourneyEvent.Chronological).ToList();
        var journey = new ChildJourney(ordered);
        foreach (var e in ordered)
        {
            journey.Apply(e, dateOfBirth, today);
        }

        return journey;
    }

    /// <summary>One scorecard journey for each period of care that ended in adoption.</summary>
    public IEnumerable<AdoptionJourney> AdoptionJourneys(string childId, string? localAuthorityCode) =>
        _periods
            .Where(p => p.AdoptionOrder is not null && p.MovedInWithAdopters is not null)
            .Select(p => new AdoptionJourney(
                childId,
                localAuthorityCode,
                p.Start,
                p.MovedInWithAdopters!.Value,
                p.AdoptedByFosterCarers ? p.MovedInWithFosterCarers : null,
                p.AdoptedByFosterCarers,
                p.FirstPlacementOrder,
                p.MatchDecision,
                p.AdoptionOrder!.Value,
                p.Relinquished
            ));

    private void Apply(JourneyEvent e, DateOnly dateOfBirth, DateOnly today)
    {
        var before = _violations.Count;
        if (e.Date > today)
        {
            Fail(e, DateField, "Date must be today or in the past");
        }

        if (e.Date < dateOfBirth)
        {
            Fail(e, DateField, "Date must be on or after the child's date of birth");
        }

        CheckFields(e);
        if (_violations.Count > before)
        {
            return; // an event with bad fields changes nothing, so later events are judged without it
        }

        var open = Current is { IsOpen: true } p ? p : null;
        switch (e.Type)
        {
            case JourneyEventType.EnteredCare:
                if (open is not null)
                {
                    Fail(e, DateField, $"The child is already in care: the period of care that began on {Show(open.Start)} has not ended");
                    return;
                }

                var period = new PeriodOfCare(e.Date)
                {
                    LegalPlanningMeeting = _meetingBeforeCare,
                    CareProceedingsIssued = _proceedingsIssued,
                };
                _meetingBeforeCare = null;
                _periods.Add(period);
                return;

            case JourneyEventType.LegalPlanningMeeting:
                if (open is not null)
                {
                    open.LegalPlanningMeeting = e.Date;
                }
                else
                {
                    _meetingBeforeCare = e.Date;
                }

                return;

            case JourneyEventType.CareProceedingsIssued:
                if (_proceedingsIssued is { } issued)
                {
                    Fail(e, DateField, $"Care proceedings are already open (issued on {Show(issued)})");
                    return;
                }

                _proceedingsIssued = e.Date;
                if (open is not null)
                {
                    open.CareProceedingsIssued = e.Date;
                    open.CareProceedingsConcluded = null;
                }

                return;

            case JourneyEventType.CareProceedingsConcluded:
                if (_proceedingsIssued is null)
                {
                    Fail(e, DateField, "Care proceedings must be issued before they conclude");
                    return;
                }

                _proceedingsIssued = null;
                if (open is not null)
                {
                    open.CareProceedingsConcluded = e.Date;
                }

                return;

            case JourneyEventType.Disruption when open is null:
                ApplyDisruptionAfterOrder(e);
                return;
        }

        if (open is null)
        {
            Fail(e, DateField, NotInCareMessage(e.Date));
            return;
        }

        ApplyInCare(e, open);
    }

    private void ApplyInCare(JourneyEvent e, PeriodOfCare p)
    {
        switch (e.Type)
        {
            case JourneyEventType.IdentifiedForAdoption:
                if (p.AdoptionPlanned && p.IdentifiedForAdoption is { } identified)
                {
                    Fail(e, DateField, $"The child is already identified as possibly needing adoption (on {Show(identified)})");
                    return;
                }

                p.IdentifiedForAdoption = e.Date;
                p.AdoptionPlanned = true;
                return;

            case JourneyEventType.PermanencePlanMade:
                if (!e.Routes.HasFlag(PermanenceRoutes.Adoption) && p.MovedInWithAdopters is not null)
                {
                    Fail(e, RoutesField, "The child lives with the adoptive family: record a disruption before a plan without adoption");
                    return;
                }

                p.PlanRoutes = e.Routes;
                p.EarlyPermanence = e.EarlyPermanence;
                p.AdoptionPlanned = e.Routes.HasFlag(PermanenceRoutes.Adoption);
                return;

            case JourneyEventType.ShouldBePlacedDecision:
                if (p.ShouldBePlacedDecision is { } made)
                {
                    Fail(e, DateField, $"A should be placed for adoption decision is already in force (made on {Show(made)})");
                    return;
                }

                p.ShouldBePlacedDecision = e.Date;
                p.ShouldBePlacedReversed = null;
                p.ShouldBePlacedReversalReason = null;
                p.AdoptionPlanned = true;
                return;

            case JourneyEventType.ShouldBePlacedDecisionReversed:
                if (p.ShouldBePlacedDecision is null)
                {
                    Fail(e, DateField, "There is no should be placed for adoption decision in force to reverse");
                    return;
                }

                if (p.MovedInWithAdopters is { } placed)
                {
                    Fail(e, DateField, $"The child lives with the adoptive family (since {Show(placed)}): record a disruption first");
                    return;
                }

                p.ShouldBePlacedDecision = null;
                p.ShouldBePlacedReversed = e.Date;
                p.ShouldBePlacedReversalReason = e.Reason;
                p.MatchDecision = null;
                p.AdoptionPlanned = false;
                return;

            case JourneyEventType.PlacementOrderGranted:
                if (p.PlacementOrderInForce is { } inForce)
                {
                    Fail(e, DateField, $"A placement order is already in force (granted on {Show(inForce)})");
                    return;
                }

                if (p.ShouldBePlacedDecision is null)
                {
                    Fail(e, DateField, "A placement order needs a should be placed for adoption decision on or before its date");
                    return;
                }

                p.PlacementOrderInForce = e.Date;
                p.FirstPlacementOrder ??= e.Date;
                return;

            case JourneyEventType.PlacementOrderRevoked:
                if (p.PlacementOrderInForce is null)
                {
                    Fail(e, DateField, "There is no placement order in force to revoke");
                    return;
                }

                if (p.MovedInWithAdopters is { } livesWith)
                {
                    Fail(e, DateField, $"The child lives with the adoptive family (since {Show(livesWith)}): record a disruption first");
                    return;
                }

                p.PlacementOrderInForce = null;
                return;

            case JourneyEventType.ParentalConsentToPlacement:
                if (p.ParentalConsent is { } consent)
                {
                    Fail(e, DateField, $"Parental consent to placement is already recorded (on {Show(consent)})");
                    return;
                }

                p.ParentalConsent = e.Date;
                return;

            case JourneyEventType.MatchDecision:
                if (p.MatchDecision is { } matched)
                {
                    Fail(e, DateField, $"The child is already matched (on {Show(matched)}): record a disruption before a new match");
                    return;
                }

                if (p.ShouldBePlacedDecision is null)
                {
                    Fail(e, DateField, "A match needs a should be placed for adoption decision on or before its date");
                    return;
                }

                p.MatchDecision = e.Date;
                return;

            case JourneyEventType.MovedInWithAdopters:
                ApplyMovedIn(e, p);
                return;

            case JourneyEventType.AdoptionApplication:
                if (p.AdoptionApplication is { } applied)
                {
                    Fail(e, DateField, $"An adoption application is already recorded (on {Show(applied)})");
                    return;
                }

                p.AdoptionApplication = e.Date;
                return;

            case JourneyEventType.AdoptionOrder:
                if (p.MovedInWithAdopters is null)
                {
                    Fail(e, DateField, "The child must move in with the adoptive family on or before the adoption order");
                    return;
                }

                p.AdoptionOrder = e.Date;
                p.End = e.Date;
                return;

            case JourneyEventType.Disruption:
                if (p.MovedInWithAdopters is not { } movedIn)
                {
                    Fail(e, DateField, "There is no placement with an adoptive family on this date to disrupt");
                    return;
                }

                p.AddDisruption(new PlacementDisruption(e.Date, e.Reason!, false, p.MatchDecision, movedIn));
                p.MatchDecision = null;
                p.MovedInWithAdopters = null;
                p.AdoptedByFosterCarers = false;
                p.MovedInWithFosterCarers = null;
                p.AdoptionApplication = null;
                return;

            case JourneyEventType.PlanChanged:
                if (p.MovedInWithAdopters is { } home)
                {
                    Fail(e, DateField, $"The child lives with the adoptive family (since {Show(home)}): record a disruption first");
                    return;
                }

                if (p.ShouldBePlacedDecision is { } decision)
                {
                    Fail(e, DateField, $"The should be placed for adoption decision of {Show(decision)} is in force: record its reversal first");
                    return;
                }

                p.PlanChangedOn = e.Date;
                p.PlanChangedTo = e.Routes;
                p.PlanChangeReason = e.Reason;
                p.PlanRoutes = e.Routes;
                p.EarlyPermanence = EarlyPermanence.None;
                p.AdoptionPlanned = false;
                return;

            case JourneyEventType.LeftCare:
                if (p.MovedInWithAdopters is { } adoptiveHome)
                {
                    Fail(e, DateField, $"The child is placed for adoption (since {Show(adoptiveHome)}): record the adoption order or a disruption");
                    return;
                }

                p.End = e.Date;
                p.LeftCareReason = e.Reason;
                return;

            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Type, "Not an in-care event.");
        }
    }

    private void ApplyMovedIn(JourneyEvent e, PeriodOfCare p)
    {
        if (p.MovedInWithAdopters is { } already)
        {
            Fail(e, DateField, $"The child already lives with the adoptive family (since {Show(already)})");
            return;
        }

        // Foster carers who adopt may apply to the court themselves, without a match or a
        // placement for adoption by the agency; any other move-in needs both (ADR 0023).
        if (!e.AdoptedByFosterCarers)
        {
            if (p.MatchDecision is null)
            {
                Fail(e, DateField, "The child must be matched with the adopters on or before moving in");
                return;
            }

            if (!p.HasAuthorityToPlace)
            {
                Fail(e, DateField, "The child can't be placed for adoption without a placement order or parental consent in force");
                return;
            }
        }

        p.MovedInWithAdopters = e.Date;
        p.AdoptedByFosterCarers = e.AdoptedByFosterCarers;
        p.MovedInWithFosterCarers = e.MovedInWithFosterCarersOn;
    }

    private void ApplyDisruptionAfterOrder(JourneyEvent e)
    {
        if (Current is { AdoptionOrder: { } order } adopted)
        {
            adopted.AddDisruption(new PlacementDisruption(e.Date, e.Reason!, true, adopted.MatchDecision, adopted.MovedInWithAdopters));
            return;
        }

        Fail(e, DateField, "There is no placement with an adoptive family on this date to disrupt");
    }

    private void CheckFields(JourneyEvent e)
    {
        var needsReason = e.Type is JourneyEventType.ShouldBePlacedDecisionReversed or JourneyEventType.PlacementOrderRevoked
            or JourneyEventType.PlanChanged or JourneyEventType.Disruption or JourneyEventType.LeftCare;
        if (needsReason && string.IsNullOrWhiteSpace(e.Reason))
        {
            Fail(e, ReasonField, e.Type switch
            {
                JourneyEventType.ShouldBePlacedDecisionReversed => "Enter the reason the decision was reversed",
                JourneyEventType.PlacementOrderRevoked => "Enter the reason the placement order was revoked",
                JourneyEventType.PlanChanged => "Enter the reason the plan changed",
                JourneyEventType.Disruption => "Enter the reason for the disruption",
                _ => "Enter the reason the child left care",
            });
        }

        if (e.Type == JourneyEventType.PermanencePlanMade)
        {
            if (e.Routes == PermanenceRoutes.None)
            {
                Fail(e, RoutesField, "Select at least one permanence route");
            }
            else if (e.EarlyPermanence != EarlyPermanence.None && !e.Routes.HasFlag(PermanenceRoutes.Adoption))
            {
                Fail(e, EarlyPermanenceField, "Early permanence is only for a plan that includes adoption");
            }
        }

        if (e.Type == JourneyEventType.PlanChanged)
        {
            if (JourneyNames.Each(e.Routes).Count() != 1)
            {
                Fail(e, RoutesField, "Select the one permanence route the plan changed to");
            }
            else if (e.Routes == PermanenceRoutes.Adoption)
            {
                Fail(e, RoutesField, "A change of plan is to a route other than adoption");
            }
        }

        if (e.Type == JourneyEventType.MovedInWithAdopters && e.MovedInWithFosterCarersOn is { } withCarers)
        {
            if (!e.AdoptedByFosterCarers)
            {
                Fail(e, FosterCarersField, "Only give this date when the adopters are the child's foster carers");
            }
            else if (withCarers > e.Date)
            {
                Fail(e, FosterCarersField, "The date the child moved in with the foster carers must be on or before the date they were placed for adoption");
            }
        }
    }

    private string NotInCareMessage(DateOnly date)
    {
        if (_periods.LastOrDefault(p => p.Start <= date) is { End: { } end })
        {
            return $"The child was not in care on {Show(date)}: the period of care ended on {Show(end)}";
        }

        var nextEntry = Events.FirstOrDefault(e => e.Type == JourneyEventType.EnteredCare && e.Date > date);
        return nextEntry is null
            ? "Record the date the child entered care first"
            : $"The child was not in care on {Show(date)}: the child entered care on {Show(nextEntry.Date)}";
    }

    private void Fail(JourneyEvent e, string field, string message) => _violations.Add(new(e.Id, field, message));

    /// <summary>Dates in messages as GOV.UK writes them: 5 March 2025.</summary>
    private static string Show(DateOnly d) => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
