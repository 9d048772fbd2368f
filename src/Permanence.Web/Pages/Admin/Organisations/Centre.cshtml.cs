using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application;
using Permanence.Application.Admin.Organisations;
using Permanence.Data.Model.Organisations;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.AdministerRegion)]
public class CentreModel(OrganisationOperations organisations) : PageModel
{
    public sealed class InputModel
    {
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }
        public Guid? ConcurrencyStamp { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Organisation La { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await organisations.GetLaAsync(Id, User) is not { } la) return NotFound();
        La = la;
        Input = new InputModel
        {
            Latitude = la.CentreLatitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = la.CentreLongitude?.ToString(CultureInfo.InvariantCulture),
            ConcurrencyStamp = la.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await organisations.GetLaAsync(Id, User) is not { } la) return NotFound();
        La = la;
        var unreadable = new FieldErrors();
        var centre = new SetLaCentre(
            DecimalInput.Read(Input.Latitude, nameof(SetLaCentre.Latitude), "Latitude", unreadable),
            DecimalInput.Read(Input.Longitude, nameof(SetLaCentre.Longitude), "Longitude", unreadable),
            Input.ConcurrencyStamp
        );
        var result = await organisations.SetCentreAsync(Id, centre, User, unreadable);
        return result.Succeeded ? RedirectToPage("Index") : this.Refused(result);
    }
}
