using Permanence.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children;
using Permanence.Domain.Organisations;

namespace Permanence.Web.Pages;

/// <summary>Counts for the home dashboard, straight from the database (aggregates only: no personal records are loaded).</summary>
public sealed record DashboardFigures(
    IReadOnlyList<DashboardFigures.LaRow> LocalAuthorities,
    IReadOnlyList<DashboardFigures.StageRow> AdopterHouseholds,
    DashboardFigures.AdminFigures? Admin
)
{
    public sealed record LaRow(string LaCode, string Name, int ChildrenLookedAfter, int UnderFive, int BlackOrMinorityEthnic, int WithDisability);

    /// <summary>Adopter households at one stage, for the RAA and VAAs the user can see.</summary>
    public sealed record StageRow(string Stage, int Households);

    public sealed record AdminFigures(int Organisations, int Users, int LockedOutUsers, int AuditEntriesLast24Hours);

    public int TotalChildren => LocalAuthorities.Sum(l => l.ChildrenLookedAfter);

    private static readonly string[] BmeCodes = Ethnicity.All.Where(e => e.IsBlackOrMinorityEthnic).Select(e => e.Code).ToArray();

    public static async Task<DashboardFigures> LoadAsync(PermanenceDbContext db, TimeProvider clock, int? organisationId, int? regionId, bool regionWide, bool isAdmin)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var fiveYearsAgo = Age.YoungerThanCutoff(5, today);
        var counts = await db
            .Children.GroupBy(c => c.OwningOrganisationId)
            .Select(g => new
            {
                OrganisationId = g.Key,
                Total = g.Count(),
                UnderFive = g.Count(c => c.DateOfBirth > fiveYearsAgo),
                Bme = g.Count(c => BmeCodes.Contains(c.EthnicityCode)),
                Disability = g.Count(c => c.HasDisability),
            })
            .ToListAsync();
        var las = await db
            .Organisations.Where(o => o.Type == OrganisationType.LocalAuthority)
            .Where(o => regionWide ? o.RegionId == regionId : o.Id == organisationId)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.LaCode, o.Name })
            .ToListAsync();
        var rows = las.Select(la =>
            {
                var c = counts.FirstOrDefault(x => x.OrganisationId == la.Id);
                return new LaRow(la.LaCode ?? "", la.Name, c?.Total ?? 0, c?.UnderFive ?? 0, c?.Bme ?? 0, c?.Disability ?? 0);
            })
            .ToList();

        // Households belong to the RAA or a VAA, so LA staff see none here (the filter decides).
        var stageCounts = await db.AdopterHouseholds.GroupBy(h => h.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var stages = stageCounts.Count == 0
            ? []
            : Enum.GetValues<AdopterStage>()
                .Select(stage => new StageRow(stage.DisplayName(), stageCounts.FirstOrDefault(c => c.Key == stage)?.Count ?? 0))
                .ToList();

        AdminFigures? admin = null;
        if (isAdmin)
        {
            var orgs = regionWide
                ? await db.Organisations.Where(o => o.RegionId == regionId).Select(o => o.Id).ToListAsync()
                : [organisationId ?? -1];
            var since = now.AddHours(-24);
            admin = new AdminFigures(
                orgs.Count,
                await db.Users.CountAsync(u => orgs.Contains(u.OrganisationId)),
                // SQLite cannot compare DateTimeOffset values, so the few lockouts are compared here.
                (await db.Users.Where(u => orgs.Contains(u.OrganisationId) && u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync())
                    .Count(end => end > clock.GetUtcNow()),
                await db.AuditEntries.CountAsync(a => a.OccurredAtUtc >= since)
            );
        }

        return new DashboardFigures(rows, stages, admin);
    }
}
