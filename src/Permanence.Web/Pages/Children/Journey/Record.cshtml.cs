using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children.Journey;

/// <summary>Recording an event, step 1: which event.</summary>
[Authorize(Policy = Policies.RecordJourney)]
public class RecordModel(PermanenceDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    public Child Child { get; private set; } = null!;

    public IEnumerable<SelectListItem> TypeOptions =>
        JourneyPermissions.TypesFor(User).Select(t => new SelectListItem(t.DisplayName(), t.ToString()));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (JourneyEventFields.ParseType(Type) is not { } type || !User.MayRecord(type))
        {
            ModelState.AddModelError(nameof(Type), "Select the event to record");
            return Page();
        }

        return Redirect($"/children/{Id}/journey/record/{type}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Id) is not { } child)
        {
            return false;
        }

        Child = child;
        return true;
    }
}
