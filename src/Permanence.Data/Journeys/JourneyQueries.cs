using Microsoft.EntityFrameworkCore;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Scorecard;

namespace Permanence.Data.Journeys;

/// <summary>A child's facts that the tracker and the scorecard need besides the journey.</summary>
public sealed record JourneyChild(
    Guid Id,
    string GivenName,
    string FamilyName,
    string? LocalReference,
    DateOnly DateOfBirth,
    string EthnicityCode,
    bool HasDisability,
    Guid? SiblingGroupId,
    string? FamilyFinderId,
    string? FamilyFinderName,
    string LaCode,
    string LaName
)
{
    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>A child and the journey replayed from the child's events.</summary>
public sealed record ReplayedJourney(JourneyChild Child, ChildJourney Journey);

/// <summary>
/// Loads children's journeys for the tracker and the scorecard, in scope as the context's query
/// filters decide, and replays them with the one rule engine (<see cref="ChildJourney"/>).
/// The events and children are projected, not materialised, so loading a region's journeys to
/// compute figures writes no read audit; whoever shows a child to a person reads the child
/// (see <see cref="AuditShownAsync"/>) (ADR 0055).
/// </summary>
public static class JourneyQueries
{
    private sealed record EventRow(
        Guid ChildId,
        Guid Id,
        JourneyEventType Type,
        DateOnly Date,
        int Sequence,
        string? Reason,
        PermanenceRoutes Routes,
        EarlyPermanence EarlyPermanence,
        bool AdoptedByFosterCarers,
        DateOnly? MovedInWithFosterCarersOn
    );

    /// <summary>
    /// The organisations whose records the context's scope may see, or null for the system. Only a
    /// hint for the query planner (an index on the owner instead of a scan of every region's
    /// events): isolation itself stays in the context's query filters, which still apply.
    /// </summary>
    public static async Task<int[]?> OwnersInScopeAsync(PermanenceDbContext db, CancellationToken cancellationToken = default)
    {
        var scope = db.Scope;
        if (scope.IsSystem)
        {
            return null;
        }

        if (scope.RegionWide && scope.RegionId is { } region)
        {
            return await db.Organisations.Where(o => o.RegionId == region).Select(o => o.Id).ToArrayAsync(cancellationToken);
        }

        return scope.OrganisationId is { } own ? [own] : [];
    }

    private static IQueryable<T> OwnedBy<T>(IQueryable<T> records, int[]? owners)
        where T : class, Model.IOwnedByOrganisation =>
        owners is null ? records : records.Where(r => owners.Contains(r.OwningOrganisationId));

    /// <summary>Children who have (or had) an adoption plan or a possible one: the only ones the tracker can show.</summary>
    public static IQueryable<Guid> WithAdoptionPlan(PermanenceDbContext db, int[]? owners) =>
        OwnedBy(db.ChildJourneyEvents, owners)
            .Where(e => e.Type == JourneyEventType.IdentifiedForAdoption
                || e.Type == JourneyEventType.PermanencePlanMade
                || e.Type == JourneyEventType.ShouldBePlacedDecision)
            .Select(e => e.ChildId)
            .Distinct();

    /// <summary>Children with an adoption order from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IQueryable<Guid> AdoptedBetween(PermanenceDbContext db, int[]? owners, DateOnly from, DateOnly to) =>
        OwnedBy(db.ChildJourneyEvents, owners)
            .Where(e => e.Type == JourneyEventType.AdoptionOrder && e.Date >= from && e.Date <= to)
            .Select(e => e.ChildId)
            .Distinct();

    public static async Task<List<ReplayedJourney>> ReplayAsync(
        PermanenceDbContext db,
        IQueryable<Guid> childIds,
        int[]? owners,
        DateOnly today,
        CancellationToken cancellationToken = default
    )
    {
        var children = await OwnedBy(db.Children, owners)
            .Where(c => childIds.Contains(c.Id))
            .Select(c => new JourneyChild(
                c.Id,
                c.GivenName,
                c.FamilyName,
                c.LocalReference,
                c.DateOfBirth,
                c.EthnicityCode,
                c.HasDisability,
                c.SiblingGroupId,
                c.FamilyFinderId,
                c.FamilyFinder != null ? c.FamilyFinder.DisplayName : null,
                c.OwningOrganisation!.LaCode ?? "",
                c.OwningOrganisation.Name
            ))
            .ToListAsync(cancellationToken);
        var events = (await OwnedBy(db.ChildJourneyEvents, owners)
                .Where(e => childIds.Contains(e.ChildId))
                .Select(e => new EventRow(
                    e.ChildId,
                    e.Id,
                    e.Type,
                    e.Date,
                    e.Sequence,
                    e.Reason,
                    e.Routes,
                    e.EarlyPermanence,
                    e.AdoptedByFosterCarers,
                    e.MovedInWithFosterCarersOn
                ))
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.ChildId);
        return children
            .Select(c => new ReplayedJourney(
                c,
                ChildJourney.Replay(
                    events[c.Id].Select(e => new JourneyEvent(e.Id, e.Type, e.Date, e.Sequence, e.Reason, e.Routes, e.EarlyPermanence, e.AdoptedByFosterCarers, e.MovedInWithFosterCarersOn)),
                    c.DateOfBirth,
                    today
                )
            ))
            .ToList();
    }

    /// <summary>The number of children in each sibling group in scope.</summary>
    public static Task<Dictionary<Guid, int>> SiblingGroupSizesAsync(PermanenceDbContext db, CancellationToken cancellationToken = default) =>
        db.Children
            .Where(c => c.SiblingGroupId != null)
            .GroupBy(c => c.SiblingGroupId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>The scorecard journeys of the children adopted (the child's id as the scorecard's child id).</summary>
    public static IEnumerable<AdoptionJourney> AdoptionJourneys(IEnumerable<ReplayedJourney> journeys) =>
        journeys.SelectMany(j => j.Journey.AdoptionJourneys(j.Child.Id.ToString(), j.Child.LaCode));

    /// <summary>
    /// Reads the children about to be shown to the person (a page of the tracker, an export, a
    /// drill-down), so that each is in the audit log as read, like any other view of a record.
    /// </summary>
    public static async Task AuditShownAsync(PermanenceDbContext db, IReadOnlyCollection<Guid> shown, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in shown.Chunk(1_000))
        {
            await db.Children.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
        }
    }
}
