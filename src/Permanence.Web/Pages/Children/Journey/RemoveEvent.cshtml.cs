using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>Removing an event recorded by mistake, after a confirmation.</summary>
[Authorize(Policy = Policies.RecordJourney)]
public class RemoveEventModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty]
    public Guid? ConcurrencyStamp { get; set; }

    public Child Child { get; private set; } = null!;

    public ChildJourneyEvent Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        ConcurrencyStamp = Event.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var today = clock.Today();
        var outcome = await JourneyCommands.RemoveAsync(db, Child, Event, ConcurrencyStamp, today);
        if (outcome.Conflict)
        {
            ModelState.AddModelError("", "Someone else changed this event after you opened this page. Nothing has been removed: check the journey and try again.");
            return Page();
        }

        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors)
            {
                ModelState.AddModelError("", error.Message);
            }

            return Page();
        }

        return Redirect($"/children/{Id}/journey?saved=removed");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var child = await JourneyCommands.LoadAsync(db, Id);
        var entity = child?.JourneyEvents.FirstOrDefault(e => e.Id == EventId);
        if (child is null || entity is null)
        {
            return NotFound();
        }

        (Child, Event) = (child, entity);
        return User.MayRecord(entity.Type) ? null : Forbid();
    }
}
