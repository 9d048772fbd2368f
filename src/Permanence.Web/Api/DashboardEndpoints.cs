using System.Security.Claims;
using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages;

namespace Permanence.Web.Api;

public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this RouteGroupBuilder api) =>
        api.MapGet(
                "/dashboard",
                async (PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user) =>
                    Results.Ok(
                        await DashboardFigures.LoadAsync(
                            db,
                            clock,
                            user.GetOrganisationId(),
                            user.GetRegionId(),
                            user.IsRegionWide(),
                            user.IsInRole(nameof(Domain.Staff.StaffRole.Administrator))
                        )
                    )
            )
            .WithSummary("The figures on your home page: children looked after per LA you can see.");
}
