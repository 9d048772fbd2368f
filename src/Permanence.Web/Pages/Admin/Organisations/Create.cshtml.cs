using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Application.Admin.Organisations;
using Permanence.Domain.Organisations;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.AdministerRegion)]
public class CreateModel(OrganisationOperations organisations) : PageModel
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
        var result = await organisations.AddAsync(new AddOrganisation(Input.Name, Input.Type, Input.ShortName, Input.LaCode), User);
        return result.Succeeded ? RedirectToPage("Index") : this.Refused(result);
    }
}
