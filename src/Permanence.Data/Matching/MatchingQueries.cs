using Microsoft.EntityFrameworkCore;
using Permanence.Data.Journeys;
using Permanence.Domain.Adopters;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Organisations;

namespace Permanence.Data.Matching;

/// <summary>A child waiting for a family, as the waiting list shows them, with the request the family finder searches for.</summary>
public sealed record WaitingChild(
    Guid ChildId,
    string Name,
    int LaId,
    string LaCode,
    string LaName,
    string? FamilyFinderId,
    string? FamilyFinderName,
    JourneyStage Stage,
    DateOnly EnteredCare,
    DateOnly? AuthorityToPlaceSince,
    bool WaitedEighteenMonths,
    IReadOnlyList<PriorityReason> PriorityReasons,
    /// <summary>The other waiting children placed with this one (siblings to be placed together).</summary>
    IReadOnlyList<string> PlacedWith,
    PlacementRequest Request
);

/// <summary>An approved household's name, agency and area as the pages show them, besides what the rules read.</summary>
public sealed record HouseholdShown(Guid HouseholdId, string AgencyName, string? Area);

/// <summary>
/// Builds the matching rules' records (<see cref="PlacementRequest"/>, <see cref="HouseholdForMatching"/>)
/// from the database, in scope as the context's query filters decide (ADR 0062). Children's
/// journeys are replayed by the one rule engine; everything is projected, not materialised, so
/// computing a ranking or the sufficiency table writes no read audit: whoever shows a child or a
/// household to a person calls <see cref="AuditShownAsync"/> for what is on the page (ADR 0055).
/// </summary>
public static class MatchingQueries
{
    /// <summary>Waiting for a family: a SHOBPA decision or authority to place (placement order or consent), not yet matched.</summary>
    public static bool IsWaiting(JourneyStage stage) => stage is JourneyStage.ShouldBePlaced or JourneyStage.AuthorityToPlace;

    private sealed record ProfileRow(
        Guid Id,
        bool HasDisability,
        string? MatchingNeeds,
        string? Religion,
        string? FirstLanguage,
        bool AvoidOwnLocalAuthority,
        int LaId,
        double? CentreLatitude,
        double? CentreLongitude,
        bool? PlaceTogether
    );

    /// <summary>Every child in scope waiting for a family, one row per child; siblings placed together share one request.</summary>
    public static async Task<IReadOnlyList<WaitingChild>> WaitingChildrenAsync(PermanenceDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var owners = await JourneyQueries.OwnersInScopeAsync(db, cancellationToken);
        var candidates = db.ChildJourneyEvents
            .Where(e => e.Type == JourneyEventType.ShouldBePlacedDecision || e.Type == JourneyEventType.PlacementOrderGranted || e.Type == JourneyEventType.ParentalConsentToPlacement)
            .Where(e => owners == null || owners.Contains(e.OwningOrganisationId))
            .Select(e => e.ChildId)
            .Distinct();
        return await BuildAsync(db, candidates, owners, today, null, cancellationToken);
    }

    /// <summary>The requests the family finders search for: siblings placed together are one request, the others one each.</summary>
    public static async Task<IReadOnlyList<PlacementRequest>> WaitingAsync(PermanenceDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var children = await WaitingChildrenAsync(db, today, cancellationToken);
        var seen = new HashSet<Guid>();
        var requests = new List<PlacementRequest>();
        foreach (var child in children)
        {
            // A group placed together is one request, led by its first child in the list.
            if (child.Request.Children.All(c => seen.Add(c.ChildId)))
            {
                requests.Add(child.Request);
            }
        }

        return requests;
    }

    /// <summary>The request for a child waiting for a family, led by that child (with the waiting siblings to be placed with them); null when the child is not in scope or not waiting.</summary>
    public static async Task<PlacementRequest?> RequestForChildAsync(PermanenceDbContext db, Guid childId, DateOnly today, CancellationToken cancellationToken = default) =>
        (await WaitingChildAsync(db, childId, today, cancellationToken))?.Request;

    /// <summary>The waiting-list row of one child, its request led by that child; null when not in scope or not waiting.</summary>
    public static async Task<WaitingChild?> WaitingChildAsync(PermanenceDbContext db, Guid childId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var owners = await JourneyQueries.OwnersInScopeAsync(db, cancellationToken);
        var group = await db.Children.Where(c => c.Id == childId).Select(c => c.SiblingGroupId).ToListAsync(cancellationToken);
        if (group.Count == 0)
        {
            return null;
        }

        var groupId = group[0];
        var ids = db.Children.Where(c => c.Id == childId || (groupId != null && c.SiblingGroupId == groupId)).Select(c => c.Id);
        var rows = await BuildAsync(db, ids, owners, today, childId, cancellationToken);
        return rows.FirstOrDefault(r => r.ChildId == childId);
    }

    private static async Task<IReadOnlyList<WaitingChild>> BuildAsync(
        PermanenceDbContext db,
        IQueryable<Guid> candidates,
        int[]? owners,
        DateOnly today,
        Guid? lead,
        CancellationToken cancellationToken
    )
    {
        var journeys = (await JourneyQueries.ReplayAsync(db, candidates, owners, today, cancellationToken))
            .Where(j => IsWaiting(j.Journey.Stage) && j.Journey.Current is not null)
            .ToList();
        if (journeys.Count == 0)
        {
            return [];
        }

        var sizes = await JourneyQueries.SiblingGroupSizesAsync(db, cancellationToken);
        var waitingIds = journeys.Select(j => j.Child.Id).ToList();
        var profiles = new Dictionary<Guid, ProfileRow>();
        foreach (var chunk in waitingIds.Chunk(1_000))
        {
            var rows = await db.Children
                .Where(c => chunk.Contains(c.Id))
                .Select(c => new ProfileRow(
                    c.Id,
                    c.HasDisability,
                    c.MatchingNeeds,
                    c.Religion,
                    c.FirstLanguage,
                    c.AvoidOwnLocalAuthority,
                    c.OwningOrganisationId,
                    c.OwningOrganisation!.CentreLatitude,
                    c.OwningOrganisation.CentreLongitude,
                    c.SiblingGroup != null ? c.SiblingGroup.PlaceTogether : null
                ))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                profiles[row.Id] = row;
            }
        }

        ChildForMatching ForMatching(ReplayedJourney j)
        {
            var p = profiles[j.Child.Id];
            return new ChildForMatching(j.Child.Id, j.Child.DateOfBirth, MatchingVocabulary.Needs(p.MatchingNeeds), j.Child.EthnicityCode, p.Religion, p.FirstLanguage) { Name = j.Child.GivenName };
        }

        // Siblings placed together: the group's waiting children, in age order (eldest first).
        var together = journeys
            .Where(j => j.Child.SiblingGroupId is not null && profiles[j.Child.Id].PlaceTogether == true)
            .GroupBy(j => j.Child.SiblingGroupId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(j => j.Child.DateOfBirth).ThenBy(j => j.Child.Id).ToList());

        var result = new List<WaitingChild>(journeys.Count);
        var requestOfGroup = new Dictionary<Guid, PlacementRequest>();
        foreach (var j in journeys.OrderBy(j => j.Child.FamilyName, StringComparer.Ordinal).ThenBy(j => j.Child.GivenName, StringComparer.Ordinal).ThenBy(j => j.Child.Id))
        {
            var period = j.Journey.Current!;
            var profile = profiles[j.Child.Id];
            var siblings = j.Child.SiblingGroupId is { } g && together.TryGetValue(g, out var members) ? members : [j];
            var size = j.Child.SiblingGroupId is { } gs && sizes.TryGetValue(gs, out var s) ? s : 1;
            var reasons = PriorityChild.Reasons(j.Child.DateOfBirth, j.Child.EthnicityCode, size, j.Child.HasDisability, today);
            PlacementRequest request;
            if (siblings.Count > 1 && lead != j.Child.Id && requestOfGroup.TryGetValue(j.Child.SiblingGroupId!.Value, out var shared))
            {
                request = shared;
            }
            else
            {
                var ordered = siblings.Where(x => x.Child.Id == j.Child.Id).Concat(siblings.Where(x => x.Child.Id != j.Child.Id)).ToList();
                // The group's plan and waiting time: avoid the LA if any child's plan says so; the longest wait counts.
                request = new PlacementRequest(
                    j.Child.Id,
                    profile.LaId,
                    profile.CentreLatitude is { } lat && profile.CentreLongitude is { } lon ? new GeoPoint(lat, lon) : null,
                    ordered.Select(ForMatching).ToList(),
                    ordered.Any(x => profiles[x.Child.Id].AvoidOwnLocalAuthority),
                    ordered.Select(x => x.Journey.Current!.EarlyPermanence).FirstOrDefault(e => e != EarlyPermanence.None),
                    ordered.Min(x => x.Journey.Current!.Start),
                    ordered.SelectMany(x => PriorityChild.Reasons(x.Child.DateOfBirth, x.Child.EthnicityCode, size, x.Child.HasDisability, today)).Distinct().Order().ToList()
                );
                if (siblings.Count > 1 && lead != j.Child.Id)
                {
                    requestOfGroup[j.Child.SiblingGroupId!.Value] = request;
                }
            }

            result.Add(new WaitingChild(
                j.Child.Id,
                j.Child.FullName,
                profile.LaId,
                j.Child.LaCode,
                j.Child.LaName,
                j.Child.FamilyFinderId,
                j.Child.FamilyFinderName,
                j.Journey.Stage,
                period.Start,
                period.PlacementOrderInForce ?? period.ParentalConsent,
                PriorityChild.HasWaitedEighteenMonths(period.Start, period.MovedInWithAdopters, today),
                reasons,
                siblings.Where(x => x.Child.Id != j.Child.Id).Select(x => x.Child.FullName).ToList(),
                request
            ));
        }

        return result;
    }

    private sealed record HouseholdRow(
        Guid Id,
        string Name,
        int AgencyId,
        OrganisationType AgencyType,
        int AgencyRegionId,
        string AgencyName,
        string? Area,
        int? MinimumChildren,
        int? MaximumChildren,
        int? MinimumAgeYears,
        int? MaximumAgeYears,
        bool? SiblingGroups,
        string? NeedsCanMeet,
        string? EthnicityCodes,
        string? Religion,
        string? Languages,
        int? LivesIn,
        double? Latitude,
        double? Longitude,
        DateOnly ApprovedOn,
        bool EarlyPermanenceApproved
    );

    /// <summary>
    /// Every approved household in scope that a child could be placed with: approved, journey not
    /// ended, not yet linked or matched, with an approval range. Inter-agency when its agency is not
    /// the RAA of <paramref name="regionId"/> (the child's region); null = the household's own region.
    /// </summary>
    public static async Task<IReadOnlyList<HouseholdForMatching>> ApprovedHouseholdsAsync(PermanenceDbContext db, int? regionId = null, CancellationToken cancellationToken = default) =>
        (await ApprovedHouseholdsShownAsync(db, regionId, cancellationToken)).Select(h => h.Household).ToList();

    /// <summary>The approved households (see <see cref="ApprovedHouseholdsAsync"/>) with their agency's name and area, for pages.</summary>
    public static Task<IReadOnlyList<(HouseholdForMatching Household, HouseholdShown Shown)>> ApprovedHouseholdsShownAsync(
        PermanenceDbContext db,
        int? regionId = null,
        CancellationToken cancellationToken = default
    ) => LoadHouseholdsAsync(db, regionId, null, cancellationToken);

    /// <summary>One household as the matching rules see it, when it is in scope and in the pool (approved, not linked); else null.</summary>
    public static async Task<(HouseholdForMatching Household, HouseholdShown Shown)?> ApprovedHouseholdAsync(
        PermanenceDbContext db,
        Guid householdId,
        int? regionId = null,
        CancellationToken cancellationToken = default
    )
    {
        var found = await LoadHouseholdsAsync(db, regionId, householdId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private static async Task<IReadOnlyList<(HouseholdForMatching Household, HouseholdShown Shown)>> LoadHouseholdsAsync(
        PermanenceDbContext db,
        int? regionId,
        Guid? householdId,
        CancellationToken cancellationToken
    )
    {
        var query = db.AdopterHouseholds.Where(h =>
            h.Stage == AdopterStage.Approved
            && h.Outcome == AdopterOutcome.Approved
            && h.ApprovalDate != null
            && h.EndedDate == null
            && h.LinkedDate == null
            && h.RangeMinimumChildren != null
            && h.RangeMaximumChildren != null
            && h.RangeMinimumAgeYears != null
            && h.RangeMaximumAgeYears != null
        );
        if (regionId is { } region)
        {
            query = query.Where(h => h.OwningOrganisation!.RegionId == region);
        }

        if (householdId is { } id)
        {
            query = query.Where(h => h.Id == id);
        }

        var rows = await query
            .Select(h => new HouseholdRow(
                h.Id,
                h.Name,
                h.OwningOrganisationId,
                h.OwningOrganisation!.Type,
                h.OwningOrganisation.RegionId,
                h.OwningOrganisation.Name,
                h.Area,
                h.RangeMinimumChildren,
                h.RangeMaximumChildren,
                h.RangeMinimumAgeYears,
                h.RangeMaximumAgeYears,
                h.RangeSiblingGroups,
                h.RangeNeedsCanMeet,
                h.EthnicityCodes,
                h.Religion,
                h.Languages,
                h.LivesInLocalAuthorityId,
                h.Latitude,
                h.Longitude,
                h.ApprovalDate!.Value,
                h.EarlyPermanenceApproved
            ))
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .Select(r => (
                new HouseholdForMatching(
                    r.Id,
                    r.Name,
                    r.AgencyId,
                    r.AgencyType != OrganisationType.RegionalAdoptionAgency || (regionId is { } reg && r.AgencyRegionId != reg),
                    r.MinimumChildren!.Value,
                    r.MaximumChildren!.Value,
                    r.MinimumAgeYears!.Value,
                    r.MaximumAgeYears!.Value,
                    r.SiblingGroups ?? false,
                    MatchingVocabulary.Needs(r.NeedsCanMeet),
                    MatchingVocabulary.Split(r.EthnicityCodes).ToHashSet(StringComparer.OrdinalIgnoreCase),
                    r.Religion,
                    MatchingVocabulary.Split(r.Languages).ToHashSet(StringComparer.OrdinalIgnoreCase),
                    r.LivesIn,
                    r.Latitude is { } lat && r.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
                    r.ApprovedOn,
                    r.EarlyPermanenceApproved
                ),
                new HouseholdShown(r.Id, r.AgencyName, r.Area)
            ))
            .ToList();
    }

    /// <summary>
    /// Reads the children and households about to be shown to the person (a ranking, a waiting
    /// list, a household's possible children), so each is in the audit log as read.
    /// </summary>
    public static async Task AuditShownAsync(
        PermanenceDbContext db,
        IReadOnlyCollection<Guid> children,
        IReadOnlyCollection<Guid> households,
        CancellationToken cancellationToken = default
    )
    {
        await JourneyQueries.AuditShownAsync(db, children, cancellationToken);
        foreach (var chunk in households.Chunk(1_000))
        {
            await db.AdopterHouseholds.AsNoTracking().Where(h => chunk.Contains(h.Id)).ToListAsync(cancellationToken);
        }
    }
}
