using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>How the timeline words an event's details and a wait's status.</summary>
public static class JourneyDisplay
{
    public static IEnumerable<string> Details(ChildJourneyEvent e)
    {
        if (e.Type.HasPlanRoutes())
        {
            var routes = JourneyNames.Each(e.Routes).ToList();
            yield return routes.Count > 1
                ? $"Routes explored in parallel (twin-track): {string.Join(", ", routes.Select(r => r.DisplayName()))}"
                : $"Route: {e.Routes.DisplayName()}";
            yield return $"Early permanence: {e.EarlyPermanence.DisplayName()}";
        }

        if (e.Type.HasNewRoute())
        {
            yield return $"Changed to: {e.Routes.DisplayName()}";
        }

        if (e.Type.HasFosterCarers())
        {
            yield return e.AdoptedByFosterCarers
                ? "Adopted by the child's foster carers" + (e.MovedInWithFosterCarersOn is { } d ? $", who the child moved in with on {DateDisplay.Format(d)}" : "")
                : "The adopters are not the child's foster carers";
        }

        if (e.Type.HasReason() && e.Reason is { } reason)
        {
            yield return $"Reason: {reason}";
        }

        if (e.Source == JourneyEventSource.Ssda903Return)
        {
            yield return "Imported from an SSDA903 return";
        }
    }

    public static string Text(this TimescaleStatus status) =>
        status switch
        {
            TimescaleStatus.OnTrack => "On track",
            TimescaleStatus.AtRisk => "At risk",
            _ => "Over",
        };

    public static string TagClass(this TimescaleStatus status) =>
        status switch
        {
            TimescaleStatus.OnTrack => "govuk-tag govuk-tag--green",
            TimescaleStatus.AtRisk => "govuk-tag govuk-tag--yellow",
            _ => "govuk-tag govuk-tag--red",
        };
}
