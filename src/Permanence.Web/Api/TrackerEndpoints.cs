using Permanence.Domain.Calendar;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;
using Permanence.Web.Pages.Tracker;

namespace Permanence.Web.Api;

public static class TrackerEndpoints
{
    public sealed record ThresholdDto(int ThresholdDays, int AtRiskMarginDays, int OverFromDay);

    public sealed record TrackerChildDto(
        Guid ChildId,
        string ChildName,
        string? LocalReference,
        string LaCode,
        string LaName,
        string Stage,
        string StageName,
        string? FamilyFinderId,
        string? FamilyFinderName,
        IReadOnlyList<string> PriorityReasons,
        bool WaitedEighteenMonths,
        DateOnly EnteredCare,
        int DaysEnteredCareToMovedIn,
        string A1Status,
        int A1DaysLeft,
        DateOnly? PlacementOrder,
        int? DaysPlacementOrderToMatch,
        string? A2Status,
        int? A2DaysLeft
    );

    public sealed record TrackerDto(DateOnly AsAt, ThresholdDto A1, ThresholdDto A2, Paged<TrackerChildDto> Children);

    public static void MapTrackerEndpoints(this RouteGroupBuilder api)
    {
        var tracker = api.MapGroup("/tracker").RequireAuthorization(Policies.ViewPersonalRecords);
        tracker.MapGet("/", List)
            .WithSummary("The adoption tracker: children with an adoption plan or a possible one, with their A1 and A2 waits against the thresholds.")
            .WithDescription("Filters: laCode, stage (PossibleAdoption, ShouldBePlaced, AuthorityToPlace, Matched, PlacedForAdoption), priority (true/false), familyFinder (a user id, \"mine\" or \"none\"). sort: drifting, child, la, stage, family-finder, entered-care, placement-order; descending=true reverses it.");
        tracker.MapGet("/export/{format}", Export).WithSummary("The filtered tracker as a file: format csv or xlsx.");
    }

    private static async Task<IResult> List(
        PermanenceDbContext db,
        IOptions<TrackerOptions> options,
        TimeProvider clock,
        ClaimsPrincipal user,
        string? laCode,
        string? stage,
        bool? priority,
        string? familyFinder,
        string? sort,
        bool? descending,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken
    )
    {
        if (!TryFilter(user, laCode, stage, priority, familyFinder, sort, descending, out var filter, out var problem))
        {
            return problem;
        }

        var today = clock.Today();
        var rows = TrackerList.Apply(await TrackerList.LoadAsync(db, options.Value, today, cancellationToken), filter, user.FindFirstValue(ClaimTypes.NameIdentifier)).ToList();
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(page ?? 1, 1);
        var items = rows.Skip((number - 1) * size).Take(size).ToList();
        await JourneyQueries.AuditShownAsync(db, items.Select(r => r.ChildId).ToList(), cancellationToken);
        return Results.Ok(new TrackerDto(
            today,
            Dto(options.Value.A1Threshold),
            Dto(options.Value.A2Threshold),
            new Paged<TrackerChildDto>(number, size, rows.Count, items.Select(ToDto).ToList())
        ));
    }

    private static async Task<IResult> Export(
        string format,
        PermanenceDbContext db,
        IOptions<TrackerOptions> options,
        TimeProvider clock,
        ClaimsPrincipal user,
        string? laCode,
        string? stage,
        bool? priority,
        string? familyFinder,
        string? sort,
        bool? descending,
        CancellationToken cancellationToken
    )
    {
        if (!TableExport.IsFormat(format))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Format must be csv or xlsx"] });
        }

        if (!TryFilter(user, laCode, stage, priority, familyFinder, sort, descending, out var filter, out var problem))
        {
            return problem;
        }

        var today = clock.Today();
        var rows = TrackerList.Apply(await TrackerList.LoadAsync(db, options.Value, today, cancellationToken), filter, user.FindFirstValue(ClaimTypes.NameIdentifier)).ToList();
        await JourneyQueries.AuditShownAsync(db, rows.Select(r => r.ChildId).ToList(), cancellationToken);
        return TableExport.File(TrackerList.ToExport(rows), format, today);
    }

    private static bool TryFilter(
        ClaimsPrincipal user,
        string? laCode,
        string? stage,
        bool? priority,
        string? familyFinder,
        string? sort,
        bool? descending,
        out TrackerFilter filter,
        out IResult problem
    )
    {
        var errors = new Dictionary<string, string[]>();
        JourneyStage? parsed = null;
        if (!string.IsNullOrWhiteSpace(stage))
        {
            if (Enum.TryParse<JourneyStage>(stage.Trim(), ignoreCase: true, out var s) && s.IsTracked() && !int.TryParse(stage, out _))
            {
                parsed = s;
            }
            else
            {
                errors["stage"] = ["Stage must be one of PossibleAdoption, ShouldBePlaced, AuthorityToPlace, Matched, PlacedForAdoption"];
            }
        }

        if (!string.IsNullOrWhiteSpace(sort) && !TrackerFilter.Sorts.Contains(sort.Trim()))
        {
            errors["sort"] = ["Sort must be one of " + string.Join(", ", TrackerFilter.Sorts)];
        }

        filter = new TrackerFilter(
            string.IsNullOrWhiteSpace(laCode) ? null : laCode.Trim(),
            parsed,
            priority,
            string.IsNullOrWhiteSpace(familyFinder) ? null : familyFinder.Trim(),
            string.IsNullOrWhiteSpace(sort) ? TrackerList.DefaultSort(user) : sort.Trim(),
            descending == true
        );
        problem = Results.ValidationProblem(errors);
        return errors.Count == 0;
    }

    private static ThresholdDto Dto(TimescaleThreshold t) => new(t.ThresholdDays, t.AtRiskMarginDays, t.OverFrom);

    private static TrackerChildDto ToDto(TrackerRow r) =>
        new(
            r.ChildId,
            r.ChildName,
            r.LocalReference,
            r.LaCode,
            r.LaName,
            r.Stage.ToString(),
            r.Stage.DisplayName(),
            r.FamilyFinderId,
            r.FamilyFinderName,
            r.PriorityReasons.Select(p => p.DisplayName()).ToList(),
            r.WaitedEighteenMonths,
            r.EnteredCare,
            r.DaysEnteredCareToMovedIn,
            r.A1Status.ToString(),
            r.A1DaysLeft,
            r.PlacementOrder,
            r.DaysPlacementOrderToMatch,
            r.A2Status?.ToString(),
            r.A2DaysLeft
        );
}
