using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Data.Model.Organisations;

namespace Permanence.Application.Admin;

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

/// <summary>Audit entries for an administrator's changes (organisations, users).</summary>
internal static class AdminAudit
{
    public static Data.Model.Audit.AuditEntry Entry(
        PermanenceDbContext db,
        ClaimsPrincipal user,
        string recordType,
        string? recordId,
        Data.Model.Audit.AuditAction action,
        string? changedFields,
        int? owningOrganisationId = null
    ) =>
        new()
        {
            OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserId = db.Scope.UserId,
            UserName = db.Scope.ActorName,
            UserOrganisationId = user.GetOrganisationId(),
            OwningOrganisationId = owningOrganisationId ?? user.GetOrganisationId(),
            RecordType = recordType,
            RecordId = recordId,
            ChangedFields = changedFields,
            Context = db.Scope.Context,
        };
}
