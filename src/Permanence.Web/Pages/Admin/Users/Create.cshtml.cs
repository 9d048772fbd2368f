using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Application.Admin.Organisations;
using Permanence.Application.Admin.Users;
using Permanence.Domain.Staff;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Admin.Users;

public class CreateModel(UserOperations accounts, OrganisationOperations organisations) : PageModel
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
        var result = await accounts.AddAsync(new AddUser(Input.Email, Input.DisplayName, Input.OrganisationId, Input.Roles, Input.Password), User);
        if (!result.Succeeded)
        {
            await LoadAsync();
            return this.Refused(result);
        }

        return RedirectToPage("Index");
    }

    private async Task LoadAsync()
    {
        var managed = await organisations.ManagedAsync(User);
        OrganisationOptions = new[] { new SelectListItem("Select an organisation", "") }
            .Concat(managed.OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
    }
}
