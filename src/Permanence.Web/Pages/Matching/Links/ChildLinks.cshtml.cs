using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Matching;
using Permanence.Domain.Adopters;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Matching.Links;

/// <summary>
/// A child's links, and shortlisting: the ranking page's "Shortlist" button posts HouseholdId
/// here; without the ranking, a family finder can pick an approved household from the list.
/// </summary>
[Authorize(Policy = Policies.ViewMatchLinks)]
public class ChildLinksModel(PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ChildId { get; set; }

    [BindProperty]
    public Guid? HouseholdId { get; set; }

    public Child Child { get; private set; } = null!;

    public IReadOnlyList<MatchLink> Links { get; private set; } = [];

    public bool CanManage { get; private set; }

    public IEnumerable<SelectListItem> HouseholdOptions { get; private set; } = [];

    private async Task<bool> LoadAsync()
    {
        var child = await db.Children.Include(c => c.JourneyEvents).Include(c => c.OwningOrganisation).Include(c => c.SiblingGroup).AsNoTracking().FirstOrDefaultAsync(c => c.Id == ChildId);
        if (child is null) return false;
        Child = child;
        Links = await db.MatchLinks.Where(l => l.ChildId == ChildId).OrderByDescending(l => l.ShortlistedOn).AsNoTracking().ToListAsync();
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageMatchLinks)).Succeeded;
        if (CanManage)
        {
            var open = Links.Where(l => l.Status != Domain.Matching.MatchLinkStatus.Declined && l.Status != Domain.Matching.MatchLinkStatus.Withdrawn).Select(l => l.HouseholdId).ToHashSet();
            HouseholdOptions = new[] { new SelectListItem("Select a household", "") }.Concat(
                (await db.AdopterHouseholds.Where(h => h.Stage == AdopterStage.Approved).Include(h => h.OwningOrganisation).OrderBy(h => h.Name).AsNoTracking().ToListAsync())
                .Where(h => !open.Contains(h.Id))
                .Select(h => new SelectListItem($"{h.Name} ({h.OwningOrganisation?.ShortName}; {Domain.Matching.MatchLinkRules.PresentedRange(h.Range)})", h.Id.ToString())));
        }

        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var child = await db.Children.Include(c => c.JourneyEvents).Include(c => c.OwningOrganisation).FirstOrDefaultAsync(c => c.Id == ChildId);
        if (child is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageMatchLinks)).Succeeded) return Forbid();
        var (errors, link) = await new MatchLinkWork(db, clock, options).ShortlistAsync(child, HouseholdId, User);
        if (errors.Count == 0 && link is not null)
        {
            await db.SaveChangesAsync();
            return Redirect($"/matching/links/{link.Id}");
        }

        foreach (var (k, v) in errors) ModelState.AddModelError(k, v);
        db.ChangeTracker.Clear();
        await LoadAsync();
        return Page();
    }
}
