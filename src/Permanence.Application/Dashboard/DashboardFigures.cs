using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Domain.Adopters;
using Permanence.Domain.Calendar;
using Permanence.Domain.Children;
using Permanence.Domain.Staff;

namespace Permanence.Application.Dashboard;

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
}

/// <summary>The home dashboard's figures for the signed-in user: the LAs they can see and, for administrators, their organisations.</summary>
public sealed class DashboardQueries(PermanenceDbContext db, TimeProvider clock) : IApplicationService
{
    private static readonly string[] BmeCodes = Ethnicity.All.Where(e => e.IsBlackOrMinorityEthnic).Select(e => e.Code).ToArray();

    public async Task<DashboardFigures> LoadAsync(ClaimsPrincipal user)
    {
        var organisationId = user.GetOrganisationId();
        var regionId = user.GetRegionId();
        var regionWide = user.IsRegionWide();
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
        var las = await LocalAuthorityScope.VisibleTo(db, user)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.LaCode, o.Name })
            .ToListAsync();
        var rows = las.Select(la =>
            {
                var c = counts.FirstOrDefault(x => x.OrganisationId == la.Id);
                return new DashboardFigures.LaRow(la.LaCode ?? "", la.Name, c?.Total ?? 0, c?.UnderFive ?? 0, c?.Bme ?? 0, c?.Disability ?? 0);
            })
            .ToList();

        // Households belong to the RAA or a VAA, so LA staff see none here (the filter decides).
        var stageCounts = await db.AdopterHouseholds.GroupBy(h => h.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var stages = stageCounts.Count == 0
            ? []
            : Enum.GetValues<AdopterStage>()
                .Select(stage => new DashboardFigures.StageRow(stage.DisplayName(), stageCounts.FirstOrDefault(c => c.Key == stage)?.Count ?? 0))
                .ToList();

        DashboardFigures.AdminFigures? admin = null;
        if (user.IsInRole(nameof(StaffRole.Administrator)))
        {
            var orgs = regionWide
                ? await db.Organisations.Where(o => o.RegionId == regionId).Select(o => o.Id).ToListAsync()
                : [organisationId ?? -1];
            var since = now.AddHours(-24);
            admin = new DashboardFigures.AdminFigures(
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
