using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>Recording an event, step 2: the form for its type.</summary>
[Authorize(Policy = Policies.RecordJourney)]
public class RecordEventModel(PermanenceDbContext db, TimeProvider clock) : EventFormModel(clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? EventType { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (JourneyEventFields.ParseType(EventType) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Id);
        if (child is null)
        {
            return NotFound();
        }

        Child = child;
        return User.MayRecord(type) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (JourneyEventFields.ParseType(EventType) is not { } type)
        {
            return NotFound();
        }

        Type = type;
        var child = await JourneyCommands.LoadAsync(db, Id);
        if (child is null)
        {
            return NotFound();
        }

        Child = child;
        if (!User.MayRecord(type))
        {
            return Forbid();
        }

        var outcome = await JourneyCommands.RecordAsync(db, child, type, Input.ToInput(type), Today);
        if (outcome.Conflict)
        {
            ModelState.AddModelError("", "Someone else changed this child's journey while you were recording. Nothing has been saved: check the journey and record the event again.");
            return Page();
        }

        if (!outcome.Succeeded)
        {
            AddErrors(outcome.Errors);
            return Page();
        }

        return Redirect($"/children/{Id}/journey?saved=recorded");
    }
}
