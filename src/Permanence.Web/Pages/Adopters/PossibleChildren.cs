using Permanence.Data;
using Permanence.Data.Matching;
using Permanence.Domain.Matching;

namespace Permanence.Web.Pages.Adopters;

/// <summary>One waiting child (or sibling group) an approved household could be linked with.</summary>
public sealed record PossibleChild(WaitingChild Child, ChildFit Fit);

/// <summary>
/// The ranking the other way round: the children waiting in the household's region whose every
/// hard requirement the household meets, best fit first (MatchRanker.ChildrenFor).
/// </summary>
public static class PossibleChildren
{
    /// <summary>Null when the household is not in the pool (not approved, linked, or out of scope).</summary>
    public static async Task<IReadOnlyList<PossibleChild>?> LoadAsync(
        PermanenceDbContext db,
        Guid householdId,
        int? regionId,
        MatchingWeights weights,
        DateOnly today,
        int? take,
        CancellationToken cancellationToken
    )
    {
        var household = await MatchingQueries.ApprovedHouseholdAsync(db, householdId, regionId, cancellationToken);
        if (household is null) return null;
        var waiting = await MatchingQueries.WaitingChildrenAsync(db, today, cancellationToken);
        var requests = new List<PlacementRequest>();
        var rowOf = new Dictionary<PlacementRequest, WaitingChild>(ReferenceEqualityComparer.Instance);
        foreach (var child in waiting)
        {
            // One row per request: siblings placed together share theirs (its lead child's row stands for it).
            if (child.Request.LeadChildId == child.ChildId && rowOf.TryAdd(child.Request, child)) requests.Add(child.Request);
        }

        var fits = MatchRanker.ChildrenFor(household.Value.Household, requests, weights, today);
        var shown = (take is { } n ? fits.Take(n) : fits).Select(f => new PossibleChild(rowOf[f.Request], f)).ToList();
        await MatchingQueries.AuditShownAsync(db, shown.SelectMany(s => s.Fit.Request.Children.Select(c => c.ChildId)).ToList(), [householdId], cancellationToken);
        return shown;
    }
}
