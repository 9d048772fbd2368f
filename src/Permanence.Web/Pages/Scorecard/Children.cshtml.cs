using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Scorecard;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Scorecard;

/// <summary>The children who make up one measure for one LA (or the region) and period, and those left out with the reason.</summary>
public class ChildrenModel(ScorecardFigures scorecard) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Years { get; set; }

    public DrillDown Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? new FileContentResult(TableExport.ToCsv(ScorecardExport.ToExport(Result)), "text/csv; charset=utf-8") { FileDownloadName = $"scorecard-{Result.Measure}-{Result.YearEnding}.csv" };

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? new FileContentResult(TableExport.ToExcel(ScorecardExport.ToExport(Result)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = $"scorecard-{Result.Measure}-{Result.YearEnding}.xlsx" };

    /// <summary>Null when loaded; otherwise not found, also for an LA one may not see or a measure or year that doesn't exist (a link, not a form).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await scorecard.ChildrenAsync(new ScorecardChildrenInput(Measure, Year, La, Years), User, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Result = result.Value!;
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
