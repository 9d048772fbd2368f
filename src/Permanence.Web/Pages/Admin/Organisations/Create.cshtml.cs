using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data;
using Permanence.Domain.Organisations;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Auth;

using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.AdministerRegion)]
public class CreateModel(PermanenceDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Type { get; set; }

        public string? LaCode { get; set; }

        public string? ShortName { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> TypeOptions { get; } =
    [
        new(OrganisationType.LocalAuthority.DisplayName(), nameof(OrganisationType.LocalAuthority)),
        new(OrganisationType.VoluntaryAdoptionAgency.DisplayName(), nameof(OrganisationType.VoluntaryAdoptionAgency)),
    ];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var (organisation, errors) = await OrganisationCommands.CreateAsync(db, User, new OrganisationFields(Input.Name, Input.Type, Input.ShortName, Input.LaCode));
        if (organisation is null)
        {
            ModelState.AddProblemErrors(errors, "Input");

            return Page();
        }

        return Redirect("/admin/organisations");
    }
}
