using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Panels;

namespace Permanence.Web.Pages.Adopters;

/// <summary>
/// The decision letter for an approval decision recorded on the household's journey. Not found when
/// there is no approve / not approve decision yet.
/// </summary>
[Authorize(Policy = Policies.ViewAdopters)]
public class LetterModel(PermanenceDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var household = await db.AdopterHouseholds.Include(h => h.OwningOrganisation).AsNoTracking().FirstOrDefaultAsync(h => h.Id == id);
        if (household is null || !DecisionLetter.HasHouseholdDecision(household)) return NotFound();
        return File(DecisionLetter.ForHousehold(household, household.OwningOrganisation?.Name ?? ""), "application/pdf", $"decision-{household.DecisionDate:yyyy-MM-dd}.pdf");
    }
}
