using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Domain.Matching;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

/// <summary>The waiting children an approved household could be linked with, best fit first (RAA family finding only).</summary>
[Authorize(Policy = Policies.RankHouseholds)]
public class ChildrenModel(PermanenceDbContext db, TimeProvider clock, MatchingWeights weights) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string HouseholdName { get; private set; } = "";

    public DateOnly Today { get; private set; }

    /// <summary>Null when the household is not approved and waiting (so not in the pool).</summary>
    public IReadOnlyList<PossibleChild>? Children { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var name = await db.AdopterHouseholds.Where(h => h.Id == Id).Select(h => h.Name).FirstOrDefaultAsync();
        if (name is null) return NotFound();
        HouseholdName = name;
        Today = clock.Today();
        Children = await PossibleChildren.LoadAsync(db, Id, User.GetRegionId(), weights, Today, null, HttpContext.RequestAborted);
        return Page();
    }
}
