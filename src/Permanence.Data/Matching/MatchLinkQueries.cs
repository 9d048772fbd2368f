using Microsoft.EntityFrameworkCore;
using Permanence.Domain.Matching;

namespace Permanence.Data.Matching;

/// <summary>A household's link with a child, for the ranking page: it links each shortlisted household to its link.</summary>
public sealed record ChildLink(Guid HouseholdId, Guid LinkId, MatchLinkStatus Status);

/// <summary>Read-only questions about links, for other pages (the ranking page). Isolation comes from the DbContext's filters.</summary>
public sealed class MatchLinkQueries(PermanenceDbContext db)
{
    /// <summary>The child's links, newest first (a household shortlisted, declined and shortlisted again appears twice).</summary>
    public async Task<IReadOnlyList<ChildLink>> ForChildAsync(Guid childId, CancellationToken cancellationToken = default) =>
        await db.MatchLinks
            .Where(l => l.ChildId == childId)
            .OrderByDescending(l => l.CreatedAtUtc)
            .Select(l => new ChildLink(l.HouseholdId, l.Id, l.Status))
            .ToListAsync(cancellationToken);
}
