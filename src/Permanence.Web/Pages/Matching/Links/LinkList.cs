using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Matching;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;

namespace Permanence.Web.Pages.Matching.Links;

/// <summary>A link as a list shows it, with the child's highlight (the 18-month wait, priority reasons).</summary>
public sealed record LinkRow(MatchLink Link, bool LongWait, IReadOnlyList<PriorityReason> Priority);

/// <summary>The links list for the page and the API: "mine" (shortlisted by me, or of a child I find a family for) or all in scope.</summary>
public static class LinkList
{
    public const int MaximumRows = 500;

    public static async Task<IReadOnlyList<LinkRow>> LoadAsync(PermanenceDbContext db, ClaimsPrincipal user, bool mine, MatchLinkStatus? status, DateOnly today)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var query = db.MatchLinks.Include(l => l.Child).AsNoTracking();
        if (mine) query = query.Where(l => l.ShortlistedById == me || l.Child!.FamilyFinderId == me);
        if (status is { } s) query = query.Where(l => l.Status == s);
        var links = await query
            .OrderBy(l => l.Status == MatchLinkStatus.Declined || l.Status == MatchLinkStatus.Withdrawn || l.Status == MatchLinkStatus.MovedIn)
            .ThenByDescending(l => l.ShortlistedOn)
            .Take(MaximumRows)
            .ToListAsync();
        var groups = links.Where(l => l.Child!.SiblingGroupId != null).Select(l => l.Child!.SiblingGroupId!.Value).Distinct().ToList();
        var sizes = groups.Count == 0 ? [] : await db.Children.Where(c => c.SiblingGroupId != null && groups.Contains(c.SiblingGroupId.Value))
            .GroupBy(c => c.SiblingGroupId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return links
            .Select(l => new LinkRow(
                l,
                PriorityChild.HasWaitedEighteenMonths(l.Child!.DateEnteredCare, l.MovedInDate, today),
                PriorityChild.Reasons(l.Child.DateOfBirth, l.Child.EthnicityCode, l.Child.SiblingGroupId is { } g ? sizes.GetValueOrDefault(g, 1) : 1, l.Child.HasDisability, today)))
            .ToList();
    }
}
