using Permanence.Data.Journeys;
using Permanence.Domain.Children.Journey;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>Which fields each type of event has, beside its date (ADR 0023).</summary>
public static class JourneyEventFields
{
    public static bool HasReason(this JourneyEventType type) =>
        type is JourneyEventType.ShouldBePlacedDecisionReversed or JourneyEventType.PlacementOrderRevoked or JourneyEventType.PlanChanged
            or JourneyEventType.Disruption or JourneyEventType.LeftCare;

    /// <summary>A plan explores one or more routes at once (checkboxes), with any early permanence.</summary>
    public static bool HasPlanRoutes(this JourneyEventType type) => type == JourneyEventType.PermanencePlanMade;

    /// <summary>A change of plan is to exactly one route other than adoption (radios).</summary>
    public static bool HasNewRoute(this JourneyEventType type) => type == JourneyEventType.PlanChanged;

    public static bool HasFosterCarers(this JourneyEventType type) => type == JourneyEventType.MovedInWithAdopters;

    public const int ReasonMaxLength = 500;

    /// <summary>Reads a type as sent by a form or a client: its name, never a number.</summary>
    public static JourneyEventType? ParseType(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _) && Enum.TryParse<JourneyEventType>(value.Trim(), true, out var t) && Enum.IsDefined(t)
            ? t
            : null;
}

/// <summary>
/// An event's fields as typed on a form or sent to the API, read into a <see cref="JourneyEvent"/>
/// with the boundary's messages (a date that can't be read, an unknown route). The rules between
/// events are the recorder's (<see cref="JourneyRecorder"/>). Fields the type does not have are ignored.
/// </summary>
public sealed record JourneyEventInput(
    DateOnly? Date,
    string? DateProblem,
    string? Reason,
    IReadOnlyCollection<string>? Routes,
    string? EarlyPermanence,
    bool? AdoptedByFosterCarers,
    DateOnly? MovedInWithFosterCarersOn,
    string? MovedInWithFosterCarersProblem
)
{
    public const string TypeField = "Type";
    public const string AdoptedByFosterCarersField = "AdoptedByFosterCarers";

    public (JourneyEvent? Event, List<JourneyError> Errors) Read(JourneyEventType type, Guid id = default)
    {
        var errors = new List<JourneyError>();
        if (DateProblem is not null)
        {
            errors.Add(new(ChildJourney.DateField, DateProblem));
        }
        else if (Date is null)
        {
            errors.Add(new(ChildJourney.DateField, "Enter the date of the event"));
        }

        string? reason = null;
        if (type.HasReason())
        {
            reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
            if (reason is { Length: > JourneyEventFields.ReasonMaxLength })
            {
                errors.Add(new(ChildJourney.ReasonField, $"Reason must be {JourneyEventFields.ReasonMaxLength} characters or fewer"));
            }
        }

        var routes = PermanenceRoutes.None;
        if (type.HasPlanRoutes() || type.HasNewRoute())
        {
            foreach (var value in Routes ?? [])
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }

                // One route per value: a name from the list, never a number or a combination.
                if (int.TryParse(value, out _) || !Enum.TryParse<PermanenceRoutes>(value.Trim(), true, out var route)
                    || route == PermanenceRoutes.None || !Enum.GetValues<PermanenceRoutes>().Contains(route))
                {
                    errors.Add(new(ChildJourney.RoutesField, "Select a permanence route from the list"));
                    break;
                }

                routes |= route;
            }
        }

        var early = Domain.Children.Journey.EarlyPermanence.None;
        if (type.HasPlanRoutes() && !string.IsNullOrWhiteSpace(EarlyPermanence))
        {
            if (int.TryParse(EarlyPermanence, out _) || !Enum.TryParse(EarlyPermanence.Trim(), true, out early) || !Enum.IsDefined(early))
            {
                errors.Add(new(ChildJourney.EarlyPermanenceField, "Select whether the plan includes early permanence"));
            }
        }

        var byCarers = false;
        DateOnly? withCarers = null;
        if (type.HasFosterCarers())
        {
            if (AdoptedByFosterCarers is null)
            {
                errors.Add(new(AdoptedByFosterCarersField, "Select yes if the adopters are the child's foster carers"));
            }

            byCarers = AdoptedByFosterCarers == true;
            if (MovedInWithFosterCarersProblem is not null)
            {
                errors.Add(new(ChildJourney.FosterCarersField, MovedInWithFosterCarersProblem));
            }
            else if (byCarers && MovedInWithFosterCarersOn is null)
            {
                errors.Add(new(ChildJourney.FosterCarersField, "Enter the date the child moved in with the foster carers"));
            }

            withCarers = MovedInWithFosterCarersOn;
        }

        return errors.Count > 0
            ? (null, errors)
            : (new JourneyEvent(id, type, Date!.Value, 0, reason, routes, early, byCarers, withCarers), errors);
    }
}
