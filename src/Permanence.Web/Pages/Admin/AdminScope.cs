using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Organisations;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Admin;

/// <summary>
/// Which organisations an administrator manages: an RAA administrator manages the whole region,
/// any other administrator only their own organisation.
/// </summary>
public static class AdminScope
{
    public static IQueryable<Organisation> ManagedOrganisations(PermanenceDbContext db, ClaimsPrincipal user)
    {
        var own = user.GetOrganisationId() ?? -1;
        var region = user.GetRegionId() ?? -1;
        return user.IsRegionWide() ? db.Organisations.Where(o => o.RegionId == region) : db.Organisations.Where(o => o.Id == own);
    }

    public static Task<List<int>> ManagedOrganisationIdsAsync(PermanenceDbContext db, ClaimsPrincipal user) =>
        ManagedOrganisations(db, user).Select(o => o.Id).ToListAsync();
}
