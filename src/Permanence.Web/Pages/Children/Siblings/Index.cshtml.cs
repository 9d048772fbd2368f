using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Children.Journey;

namespace Permanence.Web.Pages.Children.Siblings;

[Authorize(Policy = Policies.EditChildren)]
public class IndexModel(PermanenceDbContext db) : PageModel
{
    public const int MaxResults = 20;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Name or local reference of a child to link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty]
    public Guid? SiblingId { get; set; }

    [BindProperty]
    public Guid? Stamp { get; set; }

    [BindProperty]
    public string? PlaceTogether { get; set; }

    public Child Child { get; private set; } = null!;

    public IReadOnlyList<Child> Siblings { get; private set; } = [];

    public IReadOnlyList<Child> Results { get; private set; } = [];

    public bool Saved { get; private set; }

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No, separately", "false")];

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        Saved = saved;
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostLinkAsync() =>
        await RunAsync(() => SiblingCommands.LinkAsync(db, Child, SiblingId));

    public async Task<IActionResult> OnPostUnlinkAsync() =>
        await RunAsync(async () =>
        {
            var member = Child.SiblingGroup?.Children.FirstOrDefault(c => c.Id == SiblingId);
            return member is null
                ? CommandOutcome.Refused(SiblingCommands.SiblingField, "Select a sibling of this child to remove from the group")
                : await SiblingCommands.UnlinkAsync(db, member, Stamp);
        });

    public async Task<IActionResult> OnPostPlacementAsync() =>
        await RunAsync(() =>
            SiblingCommands.SetPlaceTogetherAsync(db, Child, PlaceTogether switch { "true" => true, "false" => false, _ => null }, Stamp));

    private async Task<IActionResult> RunAsync(Func<Task<CommandOutcome>> command)
    {
        var child = await SiblingCommands.LoadAsync(db, Id);
        if (child is null)
        {
            return NotFound();
        }

        Child = child;
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return Redirect($"/children/{Id}/siblings?saved=true");
        }

        db.ChangeTracker.Clear();
        if (outcome.Conflict)
        {
            ModelState.AddModelError("", "Someone else changed these siblings while you were editing. Nothing has been saved: check and try again.");
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(error.Field switch
            {
                SiblingCommands.PlaceTogetherField => nameof(PlaceTogether),
                SiblingCommands.SiblingField => nameof(Search),
                _ => "",
            }, error.Message);
        }

        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var child = await db.Children.Include(c => c.SiblingGroup!).ThenInclude(g => g.Children).AsNoTrackingWithIdentityResolution().FirstOrDefaultAsync(c => c.Id == Id);
        if (child is null)
        {
            return false;
        }

        Child = child;
        Siblings = child.SiblingGroup?.Children.Where(c => c.Id != child.Id).OrderBy(c => c.DateOfBirth).ToList() ?? [];
        PlaceTogether ??= child.SiblingGroup is { } g ? (g.PlaceTogether ? "true" : "false") : null;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            Results = await ChildSearch
                .Apply(db.Children.Where(c => c.OwningOrganisationId == child.OwningOrganisationId && c.Id != child.Id), null, Search)
                .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
                .Take(MaxResults)
                .AsNoTracking()
                .ToListAsync();
        }

        return true;
    }
}
