using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Domain.Organisations;
using Permanence.Domain.Scorecard;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Scorecard;

/// <summary>One LA's scorecard, or the region's (<see cref="LaCode"/> null).</summary>
public sealed record ScorecardArea(string? LaCode, string Name, Domain.Scorecard.Scorecard Figures);

/// <summary>The A1 and A2 averages of the adoptions in the 12 months ending on a quarter's last day.</summary>
public sealed record TrendPoint(DateOnly QuarterEnd, int Adoptions, int? A1AverageDays, int? A2AverageDays);

public sealed record ScorecardReport(int YearEnding, IReadOnlyList<ScorecardArea> Areas, string TrendOf, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<ReplayedJourney> Journeys);

/// <summary>
/// The Adoption Scorecard computed live: the journeys of the children adopted in the period are
/// replayed from their events (<see cref="JourneyQueries"/>), turned into scorecard journeys by
/// the journey model and measured by <see cref="AdoptionScorecard"/>, the one implementation of
/// the rules (ADR 0020, 0023). Nothing is stored.
/// </summary>
public static class ScorecardFigures
{
    public const int TrendQuarters = 12;

    private static readonly int[] PeriodYears = [1, 3];

    public static readonly string[] Measures = [AdoptionScorecard.A1, AdoptionScorecard.A2, AdoptionScorecard.A3, AdoptionScorecard.A10];

    public static int LastCompleteYear(DateOnly today) => ScorecardCalendar.LastCompleteYearEnding(today);

    /// <summary>The years one may choose: from 2010 to the year in progress.</summary>
    public static bool IsValidYear(int year, DateOnly today) => year >= 2010 && year <= LastCompleteYear(today) + 1;

    public static async Task<IReadOnlyList<(string Code, string Name)>> LocalAuthoritiesAsync(PermanenceDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var region = user.GetRegionId() ?? -1;
        var own = user.GetOrganisationId() ?? -1;
        var las = await db.Organisations
            .Where(o => o.Type == OrganisationType.LocalAuthority && (user.IsRegionWide() ? o.RegionId == region : o.Id == own))
            .OrderBy(o => o.Name)
            .Select(o => new { Code = o.LaCode!, o.Name })
            .ToListAsync(cancellationToken);
        return las.Select(l => (l.Code, l.Name)).ToList();
    }

    public static async Task<ScorecardReport> LoadAsync(
        PermanenceDbContext db,
        ClaimsPrincipal user,
        int yearEnding,
        string? trendLaCode,
        DateOnly today,
        CancellationToken cancellationToken = default
    )
    {
        var las = await LocalAuthoritiesAsync(db, user, cancellationToken);
        var end = new DateOnly(yearEnding, 3, 31);
        var quarters = ScorecardCalendar.QuarterEnds(yearEnding, TrendQuarters);
        var from = new[] { ScorecardCalendar.TwelveMonthsEnding(quarters[0]).Start, ScorecardPeriod.ThreeYearsEnding(yearEnding).Start }.Min();
        var owners = await JourneyQueries.OwnersInScopeAsync(db, cancellationToken);
        var journeys = await JourneyQueries.ReplayAsync(db, JourneyQueries.AdoptedBetween(db, owners, from, end), owners, today, cancellationToken);
        var adoptions = JourneyQueries.AdoptionJourneys(journeys).ToList();

        var areas = las
            .Select(la => new ScorecardArea(la.Code, la.Name, AdoptionScorecard.ForYearEnding(adoptions.Where(a => a.LocalAuthorityCode == la.Code), yearEnding)))
            .ToList();
        if (las.Count > 1)
        {
            areas.Add(new ScorecardArea(null, "Region", AdoptionScorecard.ForYearEnding(adoptions, yearEnding)));
        }

        var trendLa = las.FirstOrDefault(l => l.Code == trendLaCode);
        var trendAdoptions = trendLa.Code is null ? adoptions : adoptions.Where(a => a.LocalAuthorityCode == trendLa.Code).ToList();
        var trend = quarters
            .Select(q =>
            {
                var result = AdoptionScorecard.Compute(trendAdoptions, ScorecardCalendar.TwelveMonthsEnding(q));
                return new TrendPoint(q, result.A1.Count, result.A1.AverageDays, result.A2.AverageDays);
            })
            .ToList();
        return new ScorecardReport(yearEnding, areas, trendLa.Code is null ? (las.Count > 1 ? "Region" : las.Count == 1 ? las[0].Name : "") : trendLa.Name, trend, journeys);
    }

    public static ScorecardResult Result(this Domain.Scorecard.Scorecard s, int years) => years == 3 ? s.ThreeYears : s.OneYear;

    public static ExportTable ToExport(ScorecardReport report) =>
        new(
            "adoption-scorecard",
            ["Year ending", "LA code", "Area", "Period", "Measure", "Children", "Average days", "Percentage", "Threshold days", "Within threshold"],
            report.Areas
                .SelectMany(a => PeriodYears.SelectMany(years =>
                {
                    var r = a.Figures.Result(years);
                    var period = years == 1 ? "One year" : "Three years";
                    return new List<IReadOnlyList<object?>>
                    {
                        new object?[] { report.YearEnding, a.LaCode, a.Name, period, r.A1.Code, r.A1.Count, r.A1.AverageDays, null, r.A1.ThresholdDays, r.A1.WithinThreshold },
                        new object?[] { report.YearEnding, a.LaCode, a.Name, period, r.A2.Code, r.A2.Count, r.A2.AverageDays, null, r.A2.ThresholdDays, r.A2.WithinThreshold },
                        new object?[] { report.YearEnding, a.LaCode, a.Name, period, r.A3.Code, r.A3.Count, null, r.A3.Percentage, r.A3.ThresholdDays, null },
                        new object?[] { report.YearEnding, a.LaCode, a.Name, period, r.A10.Code, r.A10.Count, r.A10.AverageDays, null, r.A10.ThresholdDays, r.A10.WithinThreshold },
                    };
                }))
                .ToList()
        );

    /// <summary>A measure's children (the cohort; for A3 the A1 cohort, marked within or not) and its exclusions.</summary>
    public sealed record DrillDownRow(Guid ChildId, string ChildName, string? LocalReference, string LaCode, DateOnly From, DateOnly To, int Days, bool? Within);

    public sealed record DrillDown(string Measure, int YearEnding, int Years, string Area, ScorecardPeriod Period, IReadOnlyList<DrillDownRow> Children, IReadOnlyList<(Guid ChildId, string ChildName, string Reason)> Exclusions, int? AverageDays, decimal? Percentage);

    public static DrillDown DrillDownOf(ScorecardReport report, string measure, string? laCode, int years)
    {
        var area = report.Areas.First(a => a.LaCode == laCode);
        var result = area.Figures.Result(years);
        var children = report.Journeys.ToDictionary(j => j.Child.Id.ToString(), j => j.Child);
        var intervals = measure switch
        {
            AdoptionScorecard.A2 => result.A2.Children,
            AdoptionScorecard.A10 => result.A10.Children,
            _ => result.A1.Children,
        };
        var within = measure == AdoptionScorecard.A3 ? result.A3.Children.Select(c => c.ChildId).ToHashSet() : null;
        var rows = intervals
            .Select(i => (Interval: i, Child: children[i.ChildId]))
            .Select(x => new DrillDownRow(x.Child.Id, x.Child.FullName, x.Child.LocalReference, x.Child.LaCode, x.Interval.From, x.Interval.To, x.Interval.Days, within?.Contains(x.Interval.ChildId)))
            .OrderByDescending(r => r.Days).ThenBy(r => r.ChildName, StringComparer.Ordinal)
            .ToList();
        var excludedMeasure = measure == AdoptionScorecard.A3 ? AdoptionScorecard.A1 : measure;
        var exclusions = result.Exclusions
            .Where(e => e.Measure == excludedMeasure)
            .Select(e => (children[e.ChildId].Id, children[e.ChildId].FullName, e.Reason))
            .ToList();
        var average = measure switch
        {
            AdoptionScorecard.A2 => result.A2.AverageDays,
            AdoptionScorecard.A10 => result.A10.AverageDays,
            AdoptionScorecard.A3 => null,
            _ => result.A1.AverageDays,
        };
        return new DrillDown(measure, report.YearEnding, years, area.Name, result.Period, rows, exclusions, average, measure == AdoptionScorecard.A3 ? result.A3.Percentage : null);
    }

    public static ExportTable ToExport(DrillDown d) =>
        new(
            $"scorecard-{d.Measure.ToLowerInvariant()}-children",
            ["Child", "Local reference", "Child id", "LA code", "From", "To", "Days", "Within 426 days", "Excluded because"],
            d.Children
                .Select(r => (IReadOnlyList<object?>)[r.ChildName, r.LocalReference, r.ChildId.ToString(), r.LaCode, r.From, r.To, r.Days, r.Within, null])
                .Concat(d.Exclusions.Select(e => (IReadOnlyList<object?>)[e.ChildName, null, e.ChildId.ToString(), null, null, null, null, null, e.Reason]))
                .ToList()
        );
}
