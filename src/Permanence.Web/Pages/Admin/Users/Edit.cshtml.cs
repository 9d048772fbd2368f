using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Identity;
using Permanence.Domain.Staff;

using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Admin.Users;

public class EditModel(PermanenceDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string[] Roles { get; set; } = [];

        public string[] Unlock { get; set; } = [];

        public string[] Disable { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public string OrganisationName { get; private set; } = "";

    public bool LockedOut { get; private set; }

    public IEnumerable<SelectListItem> RoleOptions { get; } = StaffRoles.All.Select(r => new SelectListItem(r.DisplayName(), r.ToString()));

    public IEnumerable<SelectListItem> UnlockOptions { get; } = [new("Unlock the account", "true")];

    public IEnumerable<SelectListItem> DisableOptions { get; } = [new("Disable the account: they can no longer sign in", "true")];

    public bool Disabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Input = new InputModel { DisplayName = user.DisplayName, Roles = (await users.GetRolesAsync(user)).ToArray() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var errors = await UserCommands.UpdateAsync(db, users, User, user, Input.DisplayName, Input.Roles, Input.Unlock.Contains("true"), Input.Disable.Contains("true"));
        if (errors.Count > 0)
        {
            ModelState.AddProblemErrors(errors, "Input");

            return Page();
        }

        return Redirect("/admin/users");
    }

    /// <summary>A user of an organisation this administrator manages; anyone else is "not found".</summary>
    private async Task<ApplicationUser?> FindAsync(string id)
    {
        var managed = await AdminScope.ManagedOrganisationIdsAsync(db, User);
        var user = await db.Users.Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Id == id && managed.Contains(u.OrganisationId));
        if (user is not null)
        {
            Email = user.Email ?? "";
            OrganisationName = user.Organisation?.Name ?? "";
            LockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow();
            Disabled = user.LockoutEnd == DateTimeOffset.MaxValue;
        }

        return user;
    }
}
