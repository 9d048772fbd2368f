using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Application.Admin.Users;
using Permanence.Domain.Staff;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Admin.Users;

public class EditModel(UserOperations accounts) : PageModel
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
        if (await FindAsync(id) is not { } user) return NotFound();
        Input = new InputModel { DisplayName = user.DisplayName, Roles = user.Roles };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await FindAsync(id) is null) return NotFound();
        var result = await accounts.ChangeAsync(id, new ChangeUser(Input.DisplayName, Input.Roles, Input.Unlock.Contains("true"), Input.Disable.Contains("true")), User);
        return result.Succeeded ? RedirectToPage("Index") : this.Refused(result);
    }

    private async Task<UserDto?> FindAsync(string id)
    {
        var user = await accounts.GetAsync(id, User);
        if (user is not null)
        {
            Email = user.Email;
            OrganisationName = user.OrganisationName;
            LockedOut = user.LockedOut;
            Disabled = user.Disabled;
        }

        return user;
    }
}
