using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>The form of one event type, shared by recording an event and changing one.</summary>
public abstract class EventFormModel(TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public DateParts Date { get; set; } = new();

        public string? Reason { get; set; }

        /// <summary>A plan's routes (checkboxes).</summary>
        public List<string> Routes { get; set; } = [];

        /// <summary>The one route a plan changed to (radios).</summary>
        public string? Route { get; set; }

        public string? EarlyPermanence { get; set; } = nameof(Domain.Children.Journey.EarlyPermanence.None);

        public string? AdoptedByFosterCarers { get; set; }

        public DateParts MovedInWithFosterCarersOn { get; set; } = new();

        public Guid? ConcurrencyStamp { get; set; }

        public static InputModel From(ChildJourneyEvent e) =>
            new()
            {
                Date = DateParts.From(e.Date),
                Reason = e.Reason,
                Routes = JourneyNames.Each(e.Routes).Select(r => r.ToString()).ToList(),
                Route = e.Type.HasNewRoute() ? JourneyNames.Each(e.Routes).FirstOrDefault().ToString() : null,
                EarlyPermanence = e.EarlyPermanence.ToString(),
                AdoptedByFosterCarers = e.Type.HasFosterCarers() ? (e.AdoptedByFosterCarers ? "true" : "false") : null,
                MovedInWithFosterCarersOn = DateParts.From(e.MovedInWithFosterCarersOn),
                ConcurrencyStamp = e.ConcurrencyStamp,
            };

        public JourneyEventInput ToInput(JourneyEventType type) =>
            new(
                Date.ToDate(),
                Date.IsEmpty ? null : Date.Problem("Date"),
                Reason,
                type.HasNewRoute() ? (Route is null ? [] : [Route]) : Routes,
                EarlyPermanence,
                AdoptedByFosterCarers switch { "true" => true, "false" => false, _ => null },
                MovedInWithFosterCarersOn.ToDate(),
                MovedInWithFosterCarersOn.IsEmpty ? null : MovedInWithFosterCarersOn.Problem("Date the child moved in with the foster carers")
            );
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public JourneyEventType Type { get; protected set; }

    public Child Child { get; protected set; } = null!;

    protected DateOnly Today => clock.Today();

    public static IEnumerable<SelectListItem> PlanRouteOptions { get; } =
        Enum.GetValues<PermanenceRoutes>().Where(r => r != PermanenceRoutes.None).Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();

    public static IEnumerable<SelectListItem> NewRouteOptions { get; } =
        PlanRouteOptions.Where(o => o.Value != nameof(PermanenceRoutes.Adoption)).ToList();

    public static IEnumerable<SelectListItem> EarlyPermanenceOptions { get; } =
        Enum.GetValues<EarlyPermanence>().Select(e => new SelectListItem(e.DisplayName(), e.ToString())).ToList();

    public static IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    /// <summary>Shows the recorder's and the boundary's errors at their fields and in the error summary.</summary>
    protected void AddErrors(IEnumerable<JourneyError> errors)
    {
        foreach (var error in errors)
        {
            var key = error.Field switch
            {
                "ConcurrencyStamp" or "" => "",
                ChildJourney.RoutesField when Type.HasNewRoute() => "Input.Route",
                var field => $"Input.{field}",
            };
            ModelState.AddModelError(key, error.Message);
        }
    }
}
