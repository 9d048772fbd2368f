using Permanence.Application.Admin.Audit;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api) =>
        api.MapGet(
                "/audit",
                async (AuditLog auditLog, string? user, string? recordId, string? action, DateOnly? from, DateOnly? to, int? page) =>
                {
                    var number = Math.Max(page ?? 1, 1);
                    var found = await auditLog.SearchAsync(new AuditSearch(user, recordId, action, from, to), number);
                    return Results.Ok(new Paged<AuditSearch.Row>(number, AuditSearch.PageSize, found.Total, found.Rows));
                }
            )
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Search the audit log (administrators; newest first).");
}
