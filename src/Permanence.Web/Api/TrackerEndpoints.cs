using System.Security.Claims;
using Permanence.Application;
using Permanence.Application.Tracker;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;
using Permanence.Web.Infrastructure.Operations;

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
        [AsParameters] TrackerFilterInput filter,
        int? page,
        int? pageSize,
        TrackerQueries tracker,
        ClaimsPrincipal user,
        CancellationToken cancellationToken
    )
    {
        var result = await tracker.LoadAsync(filter, user, cancellationToken);
        if (!result.Succeeded)
        {
            return result.ToProblem();
        }

        var loaded = result.Value!;
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(page ?? 1, 1);
        var items = loaded.Rows.Skip((number - 1) * size).Take(size).ToList();
        await tracker.AuditShownAsync(items, cancellationToken);
        return Results.Ok(new TrackerDto(
            loaded.AsAt,
            Dto(loaded.Thresholds.A1Threshold),
            Dto(loaded.Thresholds.A2Threshold),
            new Paged<TrackerChildDto>(number, size, loaded.Rows.Count, items.Select(ToDto).ToList())
        ));
    }

    private static async Task<IResult> Export(string format, [AsParameters] TrackerFilterInput filter, TrackerQueries tracker, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!TableExport.IsFormat(format))
        {
            return OperationResult.Invalid("Format", "Format must be csv or xlsx").ToProblem();
        }

        var result = await tracker.LoadAsync(filter, user, cancellationToken);
        if (!result.Succeeded)
        {
            return result.ToProblem();
        }

        await tracker.AuditShownAsync(result.Value!.Rows, cancellationToken);
        return TableExport.File(TrackerExport.ToExport(result.Value.Rows), format, result.Value.AsAt);
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
