using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Panels;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Panels;

/// <summary>The agency's central list of panel members; the panel adviser adds to it.</summary>
[Authorize(Policy = Policies.ViewAdopters)]
public class MembersModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Independent { get; set; }
        public string? SocialWorkYearsQualified { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PanelMember> Members { get; private set; } = [];

    public bool CanRun { get; private set; }

    public IEnumerable<SelectListItem> RoleOptions { get; } = Enum.GetValues<PanelRole>().Select(r => new SelectListItem(r.DisplayName(), r.ToString()));

    public IEnumerable<SelectListItem> YesNoOptions { get; } = [new("Yes", "true"), new("No", "false")];

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        CanRun = (await authorization.AuthorizeAsync(User, Policies.RunPanels)).Succeeded;
        Members = await db.PanelMembers.Include(m => m.OwningOrganisation).OrderBy(m => m.Role).ThenBy(m => m.Name).AsNoTracking().ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!CanRun) return Forbid();
        int? years = null;
        var unreadable = false;
        if (!string.IsNullOrWhiteSpace(Input.SocialWorkYearsQualified))
        {
            if (int.TryParse(Input.SocialWorkYearsQualified.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) years = y;
            else unreadable = true;
        }

        var work = new PanelWork(db, clock);
        var independent = Input.Independent switch { "true" => true, "false" => false, _ => (bool?)null };
        var errors = work.CheckMember(Input.Name, Input.Role, independent, years);
        if (unreadable) errors["SocialWorkYearsQualified"] = "Years qualified must be a number, like 5";
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        work.AddMember(User.GetOrganisationId()!.Value, Input.Name!, Input.Role!, independent!.Value, years);
        await db.SaveChangesAsync();
        return Redirect("/panels/members");
    }
}
