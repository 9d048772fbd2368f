using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children.Journey;

[Authorize(Policy = Policies.RecordJourney)]
public class ChangeEventModel(PermanenceDbContext db, TimeProvider clock) : EventFormModel(clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public ChildJourneyEvent Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Input = InputModel.From(Event);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var outcome = await JourneyCommands.ChangeAsync(db, Child, Event, Input.ToInput(Type), Input.ConcurrencyStamp, Today);
        if (outcome.Conflict)
        {
            ModelState.AddModelError("", "Someone else changed this event while you were editing it. Your changes have not been saved: check the journey and make them again.");
            return Page();
        }

        if (!outcome.Succeeded)
        {
            AddErrors(outcome.Errors);
            return Page();
        }

        return Redirect($"/children/{Id}/journey?saved=changed");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var child = await JourneyCommands.LoadAsync(db, Id);
        var entity = child?.JourneyEvents.FirstOrDefault(e => e.Id == EventId);
        if (child is null || entity is null)
        {
            return NotFound();
        }

        (Child, Event, Type) = (child, entity, entity.Type);
        return User.MayRecord(entity.Type) ? null : Forbid();
    }
}
