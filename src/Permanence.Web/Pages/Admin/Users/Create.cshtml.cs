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

public class CreateModel(PermanenceDbContext db, UserManager<ApplicationUser> users) : PageModel
{
    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }

        public int? OrganisationId { get; set; }

        public string[] Roles { get; set; } = [];

        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; private set; } = [];

    public IEnumerable<SelectListItem> RoleOptions { get; } = StaffRoles.All.Select(r => new SelectListItem(r.DisplayName(), r.ToString()));

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, errors) = await UserCommands.CreateAsync(db, users, User, new UserFields(Input.Email, Input.DisplayName, Input.OrganisationId, Input.Roles, Input.Password));
        if (user is null)
        {
            ModelState.AddProblemErrors(errors, "Input");

            await LoadAsync();
            return Page();
        }

        return Redirect("/admin/users");
    }

    private async Task LoadAsync()
    {
        var orgs = await AdminScope.ManagedOrganisations(db, User).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        OrganisationOptions = new[] { new SelectListItem("Select an organisation", "") }
            .Concat(orgs.Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
    }
}
