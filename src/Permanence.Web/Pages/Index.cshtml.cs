using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Domain.Staff;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages;

public class IndexModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public bool CanSeeChildren { get; private set; }

    public async Task OnGetAsync()
    {
        RoleNames = StaffRoles.All.Where(r => User.IsInRole(r.ToString())).Select(r => r.DisplayName().ToLowerInvariant()).ToList();
        CanSeeChildren = (await authorization.AuthorizeAsync(User, Policies.ViewPersonalRecords)).Succeeded;
        Figures = await DashboardFigures.LoadAsync(
            db,
            clock,
            User.GetOrganisationId(),
            User.GetRegionId(),
            User.IsRegionWide(),
            User.IsInRole(nameof(StaffRole.Administrator))
        );
    }
}
