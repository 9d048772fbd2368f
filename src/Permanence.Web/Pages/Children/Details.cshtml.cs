using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children;

public class DetailsModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Child Child { get; private set; } = null!;

    public int AgeInYears { get; private set; }

    public string EthnicityDescription { get; private set; } = "";

    public bool CanEdit { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var child = await db.Children.Include(c => c.OwningOrganisation).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (child is null)
        {
            return NotFound();
        }

        Child = child;
        var today = clock.Today();
        AgeInYears = Age.InYears(child.DateOfBirth, today < child.DateOfBirth ? child.DateOfBirth : today);
        EthnicityDescription = Ethnicity.FromCode(child.EthnicityCode)?.Description ?? child.EthnicityCode;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditChildren)).Succeeded;
        return Page();
    }
}
