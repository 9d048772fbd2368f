using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Domain.Timescales;

namespace Permanence.Web.Pages.Adopters;

/// <summary>Queries shared by the household pages and API.</summary>
public static class HouseholdSearch
{
    public static IQueryable<AdopterHousehold> Apply(IQueryable<AdopterHousehold> households, string? stage, string? search)
    {
        if (HouseholdFields.ParseEnum<AdopterStage>(stage) is { } s)
        {
            households = households.Where(h => h.Stage == s);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            households = households.Where(h => h.Name.ToUpper().Contains(term));
        }

        return households;
    }

    /// <summary>One household with its checks, pauses and reviews, or null if the user cannot see it.</summary>
    public static Task<AdopterHousehold?> LoadAsync(PermanenceDbContext db, Guid id, bool tracking = false)
    {
        var query = db.AdopterHouseholds
            .Include(h => h.OwningOrganisation)
            .Include(h => h.LivesInLocalAuthority)
            .Include(h => h.Checks.OrderBy(c => c.Kind).ThenBy(c => c.RequestedDate))
            .Include(h => h.Pauses.OrderBy(p => p.StartDate))
            .Include(h => h.Reviews.OrderBy(r => r.ReviewDate))
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(h => h.Id == id);
    }

    public sealed record WorklistItem(Guid HouseholdId, string Household, string Agency, AdopterStage Stage, StatutoryClock Clock);

    /// <summary>
    /// Every overdue and due-soon clock of the households the user can see, most overdue first.
    /// Only households still on their journey or waiting are read; clocks are worked out as at today.
    /// </summary>
    public static async Task<IReadOnlyList<WorklistItem>> WorklistAsync(PermanenceDbContext db, DateOnly today)
    {
        var calendar = await db.WorkingCalendarAsync();
        var households = await db.AdopterHouseholds
            .Where(h => h.Stage != AdopterStage.Withdrawn && h.Stage != AdopterStage.NotApproved && h.Stage != AdopterStage.Matched)
            .Include(h => h.OwningOrganisation)
            .Include(h => h.Pauses)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync();
        return households
            .SelectMany(h => AdopterTimescales.Clocks(h.Journey, calendar, today).Where(c => c.NeedsAction)
                .Select(c => new WorklistItem(h.Id, h.Name, h.OwningOrganisation?.Name ?? "", h.Stage, c)))
            .OrderBy(i => i.Clock.Due).ThenBy(i => i.Household)
            .ToList();
    }
}
