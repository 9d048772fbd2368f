using System.Security.Claims;
using Permanence.Application;
using Permanence.Application.Scorecard;
using Permanence.Domain.Scorecard;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;
using Permanence.Web.Infrastructure.Operations;

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

    private static async Task<IResult> Get(ScorecardFigures scorecard, ClaimsPrincipal user, int? yearEnding, string? trendLaCode, CancellationToken cancellationToken) =>
        (await scorecard.ReportAsync(yearEnding, trendLaCode, user, cancellationToken)).ToHttpResult(report => Results.Ok(new ScorecardDto(
            report.YearEnding,
            report.Areas.Select(a => new AreaDto(a.LaCode, a.Name, Dto(a.Figures.OneYear), Dto(a.Figures.ThreeYears))).ToList(),
            report.TrendOf,
            report.Trend
        )));

    private static async Task<IResult> Children(
        ScorecardFigures scorecard,
        ClaimsPrincipal user,
        string? measure,
        int? yearEnding,
        string? laCode,
        int? years,
        CancellationToken cancellationToken
    ) =>
        (await scorecard.ChildrenAsync(new ScorecardChildrenInput(measure, yearEnding, laCode, years), user, cancellationToken)).ToHttpResult(d => Results.Ok(new DrillDownDto(
            d.Measure, d.YearEnding, d.Years, d.Area, d.Period.Start, d.Period.End, d.AverageDays, d.Percentage,
            d.Children.Select(c => new DrillDownChildDto(c.ChildId, c.ChildName, c.LocalReference, c.LaCode, c.From, c.To, c.Days, c.Within)).ToList(),
            d.Exclusions.Select(e => new ExclusionDto(e.ChildId, e.ChildName, e.Reason)).ToList()
        )));

    private static async Task<IResult> Export(string format, ScorecardFigures scorecard, ClaimsPrincipal user, int? yearEnding, CancellationToken cancellationToken)
    {
        if (!TableExport.IsFormat(format))
        {
            return OperationResult.Invalid("Format", "Format must be csv or xlsx").ToProblem();
        }

        return (await scorecard.ReportAsync(yearEnding, null, user, cancellationToken)).ToHttpResult(report => TableExport.File(ScorecardExport.ToExport(report), format, report.AsAt));
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
