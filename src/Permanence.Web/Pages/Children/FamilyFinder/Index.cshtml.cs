using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Children.Journey;

namespace Permanence.Web.Pages.Children.FamilyFinder;

[Authorize(Policy = Policies.AllocateFamilyFinder)]
public class IndexModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? FamilyFinderId { get; set; }

    [BindProperty]
    public Guid? Stamp { get; set; }

    public Child Child { get; private set; } = null!;

    public bool Eligible { get; private set; }

    public IEnumerable<SelectListItem> Options { get; private set; } = [];

    private DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        FamilyFinderId = Child.FamilyFinderId;
        return Page();
    }

    public Task<IActionResult> OnPostAllocateAsync() => RunAsync(() => FamilyFinderCommands.AllocateAsync(db, Child, FamilyFinderId, Stamp, Today));

    public Task<IActionResult> OnPostUnallocateAsync() => RunAsync(() => FamilyFinderCommands.UnallocateAsync(db, Child, Stamp));

    private async Task<IActionResult> RunAsync(Func<Task<CommandOutcome>> command)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var outcome = await command();
        if (outcome.Succeeded)
        {
            return Redirect($"/children/{Id}/journey");
        }

        if (outcome.Conflict)
        {
            ModelState.AddModelError("", "Someone else changed this child's record while you were allocating. Nothing has been saved: check and try again.");
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(error.Field == FamilyFinderCommands.FamilyFinderField && Eligible ? nameof(FamilyFinderId) : "", error.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var child = await FamilyFinderCommands.LoadAsync(db, Id);
        if (child is null)
        {
            return false;
        }

        Child = child;
        Eligible = FamilyFinderCommands.MayHaveFamilyFinder(child, Today);
        Options = (await FamilyFinderCommands.CandidatesAsync(db, child.OwningOrganisation!.RegionId))
            .Select(u => new SelectListItem(u.DisplayName, u.Id))
            .ToList();
        return true;
    }
}
