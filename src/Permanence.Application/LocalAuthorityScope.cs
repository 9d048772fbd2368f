using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Data.Model.Organisations;
using Permanence.Domain.Organisations;

namespace Permanence.Application;

/// <summary>A local authority to filter by: its DfE code and name.</summary>
public sealed record LocalAuthorityOption(string Code, string Name);

/// <summary>
/// The local authorities whose figures and returns a user sees: every LA of the region for RAA
/// staff, their own for an LA's staff (and none for a VAA's).
/// </summary>
public static class LocalAuthorityScope
{
    public static IQueryable<Organisation> VisibleTo(PermanenceDbContext db, ClaimsPrincipal user)
    {
        var region = user.GetRegionId() ?? -1;
        var own = user.GetOrganisationId() ?? -1;
        var regionWide = user.IsRegionWide();
        return db.Organisations.Where(o => o.Type == OrganisationType.LocalAuthority && (regionWide ? o.RegionId == region : o.Id == own));
    }

    /// <summary>The visible LAs by name, for a filter.</summary>
    public static async Task<IReadOnlyList<LocalAuthorityOption>> OptionsAsync(PermanenceDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await VisibleTo(db, user).OrderBy(o => o.Name).Select(o => new LocalAuthorityOption(o.LaCode!, o.Name)).ToListAsync(cancellationToken);
}
