using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Panels;

/// <summary>The decision letter as a PDF.</summary>
[Authorize(Policy = Policies.ViewAdopters)]
public class LetterModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId)
    {
        var meeting = await new PanelWork(db, clock).LoadAsync(id);
        var item = meeting?.Items.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item?.Decision is null) return NotFound();
        var pdf = DecisionLetter.Build(meeting, item, meeting.OwningOrganisation?.Name ?? "", item.Household?.Name ?? "");
        return File(pdf, "application/pdf", $"decision-{item.DecisionDate:yyyy-MM-dd}.pdf");
    }
}
