using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

/// <summary>The team manager's worklist: every overdue and due-soon clock of the agency's households.</summary>
[Authorize(Policy = Policies.AdopterWorklist)]
public class WorklistModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<HouseholdSearch.WorklistItem> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today();
        Items = await HouseholdSearch.WorklistAsync(db, Today);
    }
}
