using Permanence.Application.Scorecard;

namespace Permanence.Web.Infrastructure.Exports;

/// <summary>The scorecard and a measure's children as tables for download, the same from the pages and the API.</summary>
public static class ScorecardExport
{
    private static readonly int[] PeriodYears = [1, 3];

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
