using Permanence.Domain.Calendar;
using System.Security.Claims;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Domain.Scorecard;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;
using Permanence.Web.Pages.Scorecard;

namespace Permanence.Web.Api;

public static class ScorecardEndpoints
{
    public sealed record AverageDto(string Measure, int Children, decimal? MeanDays, int? AverageDays, int ThresholdDays, bool? WithinThreshold);

    public sealed record PercentageDto(string Measure, int Children, int Cohort, decimal? Percentage, int ThresholdDays);

    public sealed record PeriodDto(DateOnly Start, DateOnly End, AverageDto A1, AverageDto A2, PercentageDto A3, AverageDto A10);

    /// <summary>An LA's figures, or the region's (laCode null).</summary>
    public sealed record AreaDto(string? LaCode, string Name, PeriodDto OneYear, PeriodDto ThreeYears);

    public sealed record ScorecardDto(int YearEnding, IReadOnlyList<AreaDto> Areas, string TrendOf, IReadOnlyList<TrendPoint> Trend);

    public sealed record DrillDownChildDto(Guid ChildId, string ChildName, string? LocalReference, string LaCode, DateOnly From, DateOnly To, int Days, bool? Within);

    public sealed record ExclusionDto(Guid ChildId, string ChildName, string Reason);

    public sealed record DrillDownDto(string Measure, int YearEnding, int Years, string Area, DateOnly Start, DateOnly End, int? AverageDays, decimal? Percentage, IReadOnlyList<DrillDownChildDto> Children, IReadOnlyList<ExclusionDto> Exclusions);

    public static void MapScorecardEndpoints(this RouteGroupBuilder api)
    {
        var scorecard = api.MapGroup("/scorecard").RequireAuthorization(Policies.ViewScorecard);
        scorecard.MapGet("/", Get).WithSummary("The Adoption Scorecard (A1, A2, A3, A10; one and three years) for each LA you can see and the region, and the trend by quarter. yearEnding: the year ending 31 March (default: the last complete year); trendLaCode: whose trend.");
        scorecard.MapGet("/children", Children)
            .RequireAuthorization(Policies.ViewScorecardChildren)
            .WithSummary("The children who make up a measure (A1, A2, A3, A10) for an LA (laCode) or the region (no laCode), one or three years (years=1|3), with the children left out and why.");
        scorecard.MapGet("/export/{format}", Export).WithSummary("The scorecard figures as a file: format csv or xlsx.");
    }

    private static DateOnly Today(TimeProvider clock) => clock.Today();

    private static IResult? BadYear(int? yearEnding, DateOnly today) =>
        yearEnding is { } y && !ScorecardFigures.IsValidYear(y, today)
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["yearEnding"] = [$"Year ending must be between 2010 and {ScorecardFigures.LastCompleteYear(today) + 1}"] })
            : null;

    private static async Task<IResult> Get(PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user, int? yearEnding, string? trendLaCode, CancellationToken cancellationToken)
    {
        var today = Today(clock);
        if (BadYear(yearEnding, today) is { } bad)
        {
            return bad;
        }

        var report = await ScorecardFigures.LoadAsync(db, user, yearEnding ?? ScorecardFigures.LastCompleteYear(today), trendLaCode, today, cancellationToken);
        return Results.Ok(new ScorecardDto(
            report.YearEnding,
            report.Areas.Select(a => new AreaDto(a.LaCode, a.Name, Dto(a.Figures.OneYear), Dto(a.Figures.ThreeYears))).ToList(),
            report.TrendOf,
            report.Trend
        ));
    }

    private static async Task<IResult> Children(
        PermanenceDbContext db,
        TimeProvider clock,
        ClaimsPrincipal user,
        string? measure,
        int? yearEnding,
        string? laCode,
        int? years,
        CancellationToken cancellationToken
    )
    {
        var today = Today(clock);
        var errors = new Dictionary<string, string[]>();
        var code = measure?.Trim().ToUpperInvariant();
        if (code is null || !ScorecardFigures.Measures.Contains(code))
        {
            errors["measure"] = ["Measure must be A1, A2, A3 or A10"];
        }

        if (years is not (null or 1 or 3))
        {
            errors["years"] = ["Years must be 1 or 3"];
        }

        if (yearEnding is { } y && !ScorecardFigures.IsValidYear(y, today))
        {
            errors["yearEnding"] = [$"Year ending must be between 2010 and {ScorecardFigures.LastCompleteYear(today) + 1}"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var report = await ScorecardFigures.LoadAsync(db, user, yearEnding ?? ScorecardFigures.LastCompleteYear(today), null, today, cancellationToken);
        var la = string.IsNullOrWhiteSpace(laCode) ? null : laCode.Trim();
        if (!report.Areas.Any(a => a.LaCode == la))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no local authority with that code that you can see.");
        }

        var d = ScorecardFigures.DrillDownOf(report, code!, la, years ?? 1);
        await JourneyQueries.AuditShownAsync(db, d.Children.Select(c => c.ChildId).Concat(d.Exclusions.Select(e => e.ChildId)).Distinct().ToList(), cancellationToken);
        return Results.Ok(new DrillDownDto(
            d.Measure, d.YearEnding, d.Years, d.Area, d.Period.Start, d.Period.End, d.AverageDays, d.Percentage,
            d.Children.Select(c => new DrillDownChildDto(c.ChildId, c.ChildName, c.LocalReference, c.LaCode, c.From, c.To, c.Days, c.Within)).ToList(),
            d.Exclusions.Select(e => new ExclusionDto(e.ChildId, e.ChildName, e.Reason)).ToList()
        ));
    }

    private static async Task<IResult> Export(string format, PermanenceDbContext db, TimeProvider clock, ClaimsPrincipal user, int? yearEnding, CancellationToken cancellationToken)
    {
        var today = Today(clock);
        if (!TableExport.IsFormat(format))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Format must be csv or xlsx"] });
        }

        if (BadYear(yearEnding, today) is { } bad)
        {
            return bad;
        }

        var report = await ScorecardFigures.LoadAsync(db, user, yearEnding ?? ScorecardFigures.LastCompleteYear(today), null, today, cancellationToken);
        return TableExport.File(ScorecardFigures.ToExport(report), format, today);
    }

    private static PeriodDto Dto(ScorecardResult r) =>
        new(
            r.Period.Start,
            r.Period.End,
            Dto(r.A1),
            Dto(r.A2),
            new PercentageDto(r.A3.Code, r.A3.Count, r.A3.CohortSize, r.A3.Percentage, r.A3.ThresholdDays),
            Dto(r.A10)
        );

    private static AverageDto Dto(AverageDaysMeasure m) => new(m.Code, m.Count, m.MeanDays, m.AverageDays, m.ThresholdDays, m.WithinThreshold);
}
