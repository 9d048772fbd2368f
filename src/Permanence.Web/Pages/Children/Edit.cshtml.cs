using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children;

[Authorize(Policy = Policies.EditChildren)]
public class EditModel(PermanenceDbContext db, TimeProvider clock) : ChildFormModel(clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Id);
        if (child is null)
        {
            return NotFound();
        }

        Input = InputModel.From(child);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var child = await db.Children.Include(c => c.JourneyEvents).FirstOrDefaultAsync(c => c.Id == Id);
        if (child is null)
        {
            return NotFound();
        }

        var fields = ReadValidFields();
        if (fields is not null && await ChildSearch.ReferenceTakenAsync(db, child.OwningOrganisationId, fields.LocalReference, child.Id))
        {
            ModelState.AddModelError("Input.LocalReference", "A child with this local reference is already recorded");
        }

        if (fields is null || !ModelState.IsValid)
        {
            return Page();
        }

        // The stamp the user read is what the update is checked against, so a change saved by
        // someone else in the meantime is never overwritten.
        db.Entry(child).Property(c => c.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp ?? Guid.Empty;
        var previousDateOfBirth = child.DateOfBirth;
        fields.ApplyTo(child);
        var journey = JourneyRecorder.AlignWithRecord(child, previousDateOfBirth, Today);
        if (!journey.Succeeded)
        {
            foreach (var error in journey.Errors)
            {
                ModelState.AddModelError("Input.DateEnteredCare", error.Message);
            }

            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                string.Empty,
                "Someone else changed this child's record while you were editing it. Your changes have not been saved: check the record and make them again."
            );
            return Page();
        }

        return Redirect($"/children/{child.Id}?saved=true");
    }
}
