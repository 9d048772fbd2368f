using System.Security.Claims;
using Microsoft.Extensions.Options;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Domain.Calendar;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;
using Permanence.Domain.Timescales;

namespace Permanence.Application.Tracker;

/// <summary>
/// The tracker's filters and order as read at the boundary, by the API's names: laCode, stage (a
/// tracked stage's name), priority, familyFinder (a user id, "mine" or "none"), sort and descending.
/// The page reads its own query string into the same record.
/// </summary>
public sealed record TrackerFilterInput(string? LaCode, string? Stage, bool? Priority, string? FamilyFinder, string? Sort, bool? Descending);

/// <summary>The tracker's filters and order, checked.</summary>
public sealed record TrackerFilter(string? La, JourneyStage? Stage, bool? Priority, string? FamilyFinder, string? Sort, bool Descending)
{
    public const string Mine = "mine";
    public const string Unallocated = "none";

    /// <summary>The sort orders, by the name used in links: drifting = over the threshold first, then at risk, by days left.</summary>
    public static readonly string[] Sorts = ["drifting", "child", "la", "stage", "family-finder", "entered-care", "placement-order"];
}

/// <summary>One child on the tracker.</summary>
public sealed record TrackerRow(
    Guid ChildId,
    string ChildName,
    string? LocalReference,
    string LaCode,
    string LaName,
    JourneyStage Stage,
    string? FamilyFinderId,
    string? FamilyFinderName,
    IReadOnlyList<PriorityReason> PriorityReasons,
    bool WaitedEighteenMonths,
    DateOnly EnteredCare,
    int DaysEnteredCareToMovedIn,
    TimescaleStatus A1Status,
    int A1DaysLeft,
    DateOnly? PlacementOrder,
    int? DaysPlacementOrderToMatch,
    TimescaleStatus? A2Status,
    int? A2DaysLeft
)
{
    public Drift Drift { get; init; }
}

/// <summary>The tracker as at a day: every child on it, and those the filters keep, in order.</summary>
public sealed record TrackerResult(DateOnly AsAt, TrackerOptions Thresholds, IReadOnlyList<TrackerRow> Unfiltered, IReadOnlyList<TrackerRow> Rows);

/// <summary>
/// The tracker: every child in scope whose journey stands at a tracked stage (an adoption plan or
/// a possible one, not yet adopted), with the A1 and A2 waits so far against the configured
/// thresholds. Computed from the journey events on every request (nothing is stored twice).
/// </summary>
public sealed class TrackerQueries(PermanenceDbContext db, TimeProvider clock, IOptions<TrackerOptions> thresholds) : IApplicationService
{
    /// <summary>The children on the tracker today that the filters keep; invalid for a stage or order that doesn't exist.</summary>
    public async Task<OperationResult<TrackerResult>> LoadAsync(TrackerFilterInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        JourneyStage? stage = null;
        if (!string.IsNullOrWhiteSpace(input.Stage))
        {
            if (Enum.TryParse<JourneyStage>(input.Stage.Trim(), ignoreCase: true, out var s) && s.IsTracked() && !int.TryParse(input.Stage, out _)) stage = s;
            else errors.Add(nameof(input.Stage), "Stage must be one of PossibleAdoption, ShouldBePlaced, AuthorityToPlace, Matched, PlacedForAdoption");
        }

        if (!string.IsNullOrWhiteSpace(input.Sort) && !TrackerFilter.Sorts.Contains(input.Sort.Trim()))
        {
            errors.Add(nameof(input.Sort), "Sort must be one of " + string.Join(", ", TrackerFilter.Sorts));
        }

        if (!errors.IsEmpty) return OperationResult<TrackerResult>.Invalid(errors);

        var filter = new TrackerFilter(
            string.IsNullOrWhiteSpace(input.LaCode) ? null : input.LaCode.Trim(),
            stage,
            input.Priority,
            string.IsNullOrWhiteSpace(input.FamilyFinder) ? null : input.FamilyFinder.Trim(),
            string.IsNullOrWhiteSpace(input.Sort) ? DefaultSort(user) : input.Sort.Trim(),
            input.Descending == true
        );
        var today = clock.Today();
        var all = await RowsAsync(thresholds.Value, today, cancellationToken);
        var rows = Apply(all, filter, user.FindFirstValue(ClaimTypes.NameIdentifier)).ToList();
        return OperationResult<TrackerResult>.Ok(new TrackerResult(today, thresholds.Value, all, rows));
    }

    /// <summary>Showing children's records is logged, as for any record read.</summary>
    public Task AuditShownAsync(IEnumerable<TrackerRow> shown, CancellationToken cancellationToken = default) =>
        JourneyQueries.AuditShownAsync(db, shown.Select(r => r.ChildId).ToList(), cancellationToken);

    private async Task<List<TrackerRow>> RowsAsync(TrackerOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var owners = await JourneyQueries.OwnersInScopeAsync(db, cancellationToken);
        var journeys = await JourneyQueries.ReplayAsync(db, JourneyQueries.WithAdoptionPlan(db, owners), owners, today, cancellationToken);
        var siblings = await JourneyQueries.SiblingGroupSizesAsync(db, cancellationToken);
        var a1 = options.A1Threshold;
        var a2 = options.A2Threshold;
        var rows = new List<TrackerRow>();
        foreach (var (child, journey) in journeys)
        {
            if (!journey.Stage.IsTracked() || journey.Current is not { } period)
            {
                continue;
            }

            var inCare = period.DaysEnteredCareToMovedIn(today);
            var sinceOrder = period.DaysPlacementOrderToMatch(today);
            var groupSize = child.SiblingGroupId is { } g && siblings.TryGetValue(g, out var size) ? size : 1;
            rows.Add(new TrackerRow(
                child.Id,
                child.FullName,
                child.LocalReference,
                child.LaCode,
                child.LaName,
                journey.Stage,
                child.FamilyFinderId,
                child.FamilyFinderName,
                PriorityChild.Reasons(child.DateOfBirth, child.EthnicityCode, groupSize, child.HasDisability, today),
                PriorityChild.HasWaitedEighteenMonths(period.Start, period.MovedInWithAdopters, today),
                period.Start,
                inCare,
                a1.StatusOf(inCare),
                a1.DaysLeft(inCare),
                period.FirstPlacementOrder,
                sinceOrder,
                sinceOrder is { } d ? a2.StatusOf(d) : null,
                sinceOrder is { } e ? a2.DaysLeft(e) : null
            )
            { Drift = Drift.Of(a1, inCare, a2, sinceOrder) });
        }

        return rows;
    }

    /// <summary>Managers see the children who are drifting first; everyone else sees children by name unless they sort.</summary>
    public static string DefaultSort(ClaimsPrincipal user) =>
        user.IsInRole(nameof(StaffRole.TeamManager)) || user.IsInRole(nameof(StaffRole.ServiceManager)) ? "drifting" : "child";

    private static IEnumerable<TrackerRow> Apply(IEnumerable<TrackerRow> rows, TrackerFilter filter, string? userId)
    {
        if (!string.IsNullOrWhiteSpace(filter.La))
        {
            rows = rows.Where(r => r.LaCode == filter.La);
        }

        if (filter.Stage is { } stage)
        {
            rows = rows.Where(r => r.Stage == stage);
        }

        if (filter.Priority is { } priority)
        {
            rows = rows.Where(r => r.PriorityReasons.Count > 0 == priority);
        }

        if (!string.IsNullOrWhiteSpace(filter.FamilyFinder))
        {
            var finder = filter.FamilyFinder == TrackerFilter.Mine ? userId : filter.FamilyFinder;
            rows = filter.FamilyFinder == TrackerFilter.Unallocated ? rows.Where(r => r.FamilyFinderId is null) : rows.Where(r => r.FamilyFinderId == finder);
        }

        var ordered = (filter.Sort ?? "drifting") switch
        {
            "child" => Order(rows, r => r.ChildName, filter.Descending),
            "la" => Order(rows, r => r.LaName, filter.Descending),
            "stage" => Order(rows, r => (int)r.Stage, filter.Descending),
            "family-finder" => Order(rows, r => r.FamilyFinderName ?? "", filter.Descending),
            "entered-care" => Order(rows, r => r.DaysEnteredCareToMovedIn, filter.Descending),
            "placement-order" => Order(rows, r => r.DaysPlacementOrderToMatch ?? -1, filter.Descending),
            _ => Order(rows, r => r.Drift, filter.Descending),
        };
        return ordered.ThenBy(r => r.ChildName, StringComparer.Ordinal).ThenBy(r => r.ChildId);
    }

    private static IOrderedEnumerable<TrackerRow> Order<T>(IEnumerable<TrackerRow> rows, Func<TrackerRow, T> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}

/// <summary>How the tracker names a wait's status, on the page and in its exports.</summary>
public static class TrackerStatus
{
    public static string StatusName(this TimescaleStatus status) =>
        status switch
        {
            TimescaleStatus.OnTrack => "On track",
            TimescaleStatus.AtRisk => "At risk",
            _ => "Over",
        };
}
