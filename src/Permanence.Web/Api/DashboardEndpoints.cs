using System.Security.Claims;
using Permanence.Application.Dashboard;

namespace Permanence.Web.Api;

public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/dashboard", async (DashboardQueries dashboard, ClaimsPrincipal user) => Results.Ok(await dashboard.LoadAsync(user)))
            .WithSummary("The figures on your home page: children looked after per LA you can see.");
}
