using System.Security.Claims;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Domain.Calendar;
using Permanence.Domain.Scorecard;

namespace Permanence.Application.Scorecard;

/// <summary>One LA's scorecard, or the region's (<see cref="LaCode"/> null).</summary>
public sealed record ScorecardArea(string? LaCode, string Name, Domain.Scorecard.Scorecard Figures);

/// <summary>The A1 and A2 averages of the adoptions in the 12 months ending on a quarter's last day.</summary>
public sealed record TrendPoint(DateOnly QuarterEnd, int Adoptions, int? A1AverageDays, int? A2AverageDays);

/// <summary>A year's scorecard for each LA the user sees (and the region), the trend by quarter, and the journeys it was computed from, as at a day.</summary>
public sealed record ScorecardReport(int YearEnding, IReadOnlyList<ScorecardArea> Areas, string TrendOf, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<ReplayedJourney> Journeys, DateOnly AsAt);

/// <summary>A measure's children as asked for at the boundary: the measure (A1, A2, A3 or A10), the year ending 31 March (default: the last complete year), an LA (none: the region) and one or three years.</summary>
public sealed record ScorecardChildrenInput(string? Measure, int? YearEnding, string? LaCode, int? Years);

/// <summary>A measure's children (the cohort; for A3 the A1 cohort, marked within or not) and its exclusions.</summary>
public sealed record DrillDownRow(Guid ChildId, string ChildName, string? LocalReference, string LaCode, DateOnly From, DateOnly To, int Days, bool? Within);

public sealed record DrillDown(string Measure, int YearEnding, int Years, string Area, ScorecardPeriod Period, IReadOnlyList<DrillDownRow> Children, IReadOnlyList<(Guid ChildId, string ChildName, string Reason)> Exclusions, int? AverageDays, decimal? Percentage);

/// <summary>Which measures and years a scorecard can be asked for, and how a measure's children are picked out of it.</summary>
public static class ScorecardMeasures
{
    public const int TrendQuarters = 12;

    public static readonly string[] Measures = [AdoptionScorecard.A1, AdoptionScorecard.A2, AdoptionScorecard.A3, AdoptionScorecard.A10];

    public static int LastCompleteYear(DateOnly today) => ScorecardCalendar.LastCompleteYearEnding(today);

    /// <summary>The years one may choose: from 2010 to the year in progress.</summary>
    public static bool IsValidYear(int year, DateOnly today) => year >= 2010 && year <= LastCompleteYear(today) + 1;

    public static ScorecardResult Result(this Domain.Scorecard.Scorecard s, int years) => years == 3 ? s.ThreeYears : s.OneYear;

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
}

/// <summary>
/// The Adoption Scorecard computed live: the journeys of the children adopted in the period are
/// replayed from their events (<see cref="JourneyQueries"/>), turned into scorecard journeys by
/// the journey model and measured by <see cref="AdoptionScorecard"/>, the one implementation of
/// the rules (ADR 0020, 0023). Nothing is stored.
/// </summary>
public sealed class ScorecardFigures(PermanenceDbContext db, TimeProvider clock) : IApplicationService
{
    public const string LaNotFound = "There is no local authority with that code that you can see.";

    /// <summary>The scorecard of a year ending 31 March (default: the last complete year), with the trend of one LA or the region.</summary>
    public async Task<OperationResult<ScorecardReport>> ReportAsync(int? yearEnding, string? trendLaCode, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        CheckYear(yearEnding, today, errors);
        if (!errors.IsEmpty) return OperationResult<ScorecardReport>.Invalid(errors);
        return OperationResult<ScorecardReport>.Ok(await LoadAsync(user, yearEnding ?? ScorecardMeasures.LastCompleteYear(today), trendLaCode, today, cancellationToken));
    }

    /// <summary>The children who make up one measure for one LA (or the region) and period, and those left out with the reason; showing them is logged.</summary>
    public async Task<OperationResult<DrillDown>> ChildrenAsync(ScorecardChildrenInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var measure = input.Measure?.Trim().ToUpperInvariant();
        if (measure is null || !ScorecardMeasures.Measures.Contains(measure)) errors.Add(nameof(input.Measure), "Measure must be A1, A2, A3 or A10");
        if (input.Years is not (null or 1 or 3)) errors.Add(nameof(input.Years), "Years must be 1 or 3");
        CheckYear(input.YearEnding, today, errors);
        if (!errors.IsEmpty) return OperationResult<DrillDown>.Invalid(errors);

        var report = await LoadAsync(user, input.YearEnding ?? ScorecardMeasures.LastCompleteYear(today), null, today, cancellationToken);
        var la = string.IsNullOrWhiteSpace(input.LaCode) ? null : input.LaCode.Trim();
        if (!report.Areas.Any(a => a.LaCode == la)) return OperationResult<DrillDown>.NotFound(LaNotFound);

        var drillDown = ScorecardMeasures.DrillDownOf(report, measure!, la, input.Years ?? 1);
        await JourneyQueries.AuditShownAsync(db, drillDown.Children.Select(c => c.ChildId).Concat(drillDown.Exclusions.Select(e => e.ChildId)).Distinct().ToList(), cancellationToken);
        return OperationResult<DrillDown>.Ok(drillDown);
    }

    private static void CheckYear(int? yearEnding, DateOnly today, FieldErrors errors)
    {
        if (yearEnding is { } y && !ScorecardMeasures.IsValidYear(y, today))
            errors.Add("YearEnding", $"Year ending must be between 2010 and {ScorecardMeasures.LastCompleteYear(today) + 1}");
    }

    /// <summary>The LAs whose figures the user sees, by name.</summary>
    public Task<IReadOnlyList<LocalAuthorityOption>> LocalAuthoritiesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        LocalAuthorityScope.OptionsAsync(db, user, cancellationToken);

    /// <summary>The scorecard of a year, computed as at <paramref name="today"/> for the LAs the user sees.</summary>
    public async Task<ScorecardReport> LoadAsync(
        ClaimsPrincipal user,
        int yearEnding,
        string? trendLaCode,
        DateOnly today,
        CancellationToken cancellationToken = default
    )
    {
        var las = await LocalAuthoritiesAsync(user, cancellationToken);
        var end = new DateOnly(yearEnding, 3, 31);
        var quarters = ScorecardCalendar.QuarterEnds(yearEnding, ScorecardMeasures.TrendQuarters);
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
        var trendAdoptions = trendLa is null ? adoptions : adoptions.Where(a => a.LocalAuthorityCode == trendLa.Code).ToList();
        var trend = quarters
            .Select(q =>
            {
                var result = AdoptionScorecard.Compute(trendAdoptions, ScorecardCalendar.TwelveMonthsEnding(q));
                return new TrendPoint(q, result.A1.Count, result.A1.AverageDays, result.A2.AverageDays);
            })
            .ToList();
        return new ScorecardReport(yearEnding, areas, trendLa is null ? (las.Count > 1 ? "Region" : las.Count == 1 ? las[0].Name : "") : trendLa.Name, trend, journeys, today);
    }
}
