using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Pages.Admin.Audit;

namespace Permanence.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api) =>
        api.MapGet(
                "/audit",
                async (PermanenceDbContext db, string? user, string? recordId, string? action, DateOnly? from, DateOnly? to, int? page) =>
                {
                    var number = Math.Max(page ?? 1, 1);
                    var (total, rows) = await new AuditSearch(user, recordId, action, from, to).RunAsync(db, number);
                    return Results.Ok(new Paged<AuditSearch.Row>(number, AuditSearch.PageSize, total, rows));
                }
            )
            .RequireAuthorization(Policies.Administer)
            .WithSummary("Search the audit log (administrators; newest first).");
}
