using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Data.Journeys;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Scorecard;

/// <summary>The children who make up one measure for one LA (or the region) and period, and those left out with the reason.</summary>
public class ChildrenModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Years { get; set; }

    public ScorecardFigures.DrillDown Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? new FileContentResult(TableExport.ToCsv(ScorecardFigures.ToExport(Result)), "text/csv; charset=utf-8") { FileDownloadName = $"scorecard-{Result.Measure}-{Result.YearEnding}.csv" };

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? new FileContentResult(TableExport.ToExcel(ScorecardFigures.ToExport(Result)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = $"scorecard-{Result.Measure}-{Result.YearEnding}.xlsx" };

    /// <summary>Null when loaded; otherwise the answer: not found for an LA one may not see or a measure or year that doesn't exist.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var year = Year ?? ScorecardFigures.LastCompleteYear(today);
        var measure = Measure?.Trim().ToUpperInvariant();
        if (measure is null || !ScorecardFigures.Measures.Contains(measure) || !ScorecardFigures.IsValidYear(year, today) || Years is not (null or 1 or 3))
        {
            return NotFound();
        }

        var report = await ScorecardFigures.LoadAsync(db, User, year, null, today, cancellationToken);
        var la = string.IsNullOrWhiteSpace(La) ? null : La.Trim();
        if (!report.Areas.Any(a => a.LaCode == la))
        {
            return NotFound();
        }

        Result = ScorecardFigures.DrillDownOf(report, measure, la, Years ?? 1);
        await JourneyQueries.AuditShownAsync(db, Result.Children.Select(c => c.ChildId).Concat(Result.Exclusions.Select(e => e.ChildId)).Distinct().ToList(), cancellationToken);
        return null;
    }

    public string Link(string handler) =>
        "/scorecard/children" + QueryString.Create(new Dictionary<string, string?>
        {
            ["measure"] = Result.Measure,
            ["year"] = Result.YearEnding.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["la"] = string.IsNullOrWhiteSpace(La) ? null : La.Trim(),
            ["years"] = Result.Years.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["handler"] = handler,
        }.Where(kv => kv.Value is not null)).ToUriComponent();
}
