using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Dashboard;
using Permanence.Domain.Staff;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages;

public class IndexModel(DashboardQueries dashboard, IAuthorizationService authorization) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public bool CanSeeChildren { get; private set; }

    public sealed record HomeTask(string Title, string Href, string Description);

    /// <summary>What this person's roles let them do, first on their home page.</summary>
    public IReadOnlyList<HomeTask> Tasks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        RoleNames = StaffRoles.All.Where(r => User.IsInRole(r.ToString())).Select(r => r.DisplayName().ToLowerInvariant()).ToList();
        CanSeeChildren = (await authorization.AuthorizeAsync(User, Policies.ViewPersonalRecords)).Succeeded;
        var tasks = new List<HomeTask>();
        if (CanSeeChildren)
        {
            tasks.Add(new("Find a child", "/children", User.IsRegionWide() ? "Children looked after by every local authority of the region." : "Children looked after by your local authority."));
        }

        if ((await authorization.AuthorizeAsync(User, Policies.EditChildren)).Succeeded)
        {
            tasks.Add(new("Add a child", "/children/new", "Record a child who has come into your authority's care."));
        }

        if ((await authorization.AuthorizeAsync(User, Policies.ViewReturns)).Succeeded)
        {
            tasks.Add(new("SSDA903 returns", "/returns", User.IsRegionWide() ? "The region's children looked after returns and their DfE validation errors." : "Upload your children looked after return and see its DfE validation errors."));
        }

        if (User.IsInRole(nameof(StaffRole.PerformanceOfficer)))
        {
            tasks.Add(new("Use the API", "/openapi/v1.json", "Get the same records and figures from scripts, with a token from POST /api/token."));
        }

        if (User.IsInRole(nameof(StaffRole.Administrator)))
        {
            tasks.Add(new("Manage users", "/admin/users", "Add people, change their roles, unlock or disable accounts."));
            tasks.Add(new("Organisations", "/admin/organisations", User.IsRegionWide() ? "The region's partner local authorities and agencies." : "Your organisation."));
            tasks.Add(new("Audit log", "/admin/audit", "Who viewed or changed which record, and every sign-in."));
        }

        Tasks = tasks;
        Figures = await dashboard.LoadAsync(User);
    }
}
