using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

/// <summary>Records the household's next steps: every date of its journey, the panel, the decision and the outcome.</summary>
[Authorize(Policy = Policies.EditAdopters)]
public class JourneyModel(PermanenceDbContext db, TimeProvider clock) : HouseholdFormModel(clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string HouseholdName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var household = await HouseholdSearch.LoadAsync(db, Id);
        if (household is null)
        {
            return NotFound();
        }

        HouseholdName = household.Name;
        Input = InputModel.From(household);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var household = await HouseholdSearch.LoadAsync(db, Id, tracking: true);
        if (household is null)
        {
            return NotFound();
        }

        HouseholdName = household.Name;
        var fields = ReadValidFields(household.Pauses.Select(p => new Pause(p.StartDate, p.EndDate)).ToList(), household.LastReviewDate);
        if (fields is null)
        {
            return Page();
        }

        // The stamp the user read is what the update is checked against, so a change saved by
        // someone else in the meantime is never overwritten.
        db.Entry(household).Property(h => h.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp ?? Guid.Empty;
        fields.ApplyTo(household);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                string.Empty,
                "Someone else changed this household's record while you were editing it. Your changes have not been saved: check the record and make them again."
            );
            return Page();
        }

        return Redirect($"/adopters/{household.Id}?saved=true");
    }
}
