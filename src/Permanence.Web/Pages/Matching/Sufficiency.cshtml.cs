using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Domain.Matching;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Matching;

[Authorize(Policy = Policies.ViewSufficiency)]
public class SufficiencyModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<SufficiencyRow> Rows { get; private set; } = [];

    /// <summary>The largest bar of the chart: the scale its widths are a share of.</summary>
    public int Largest { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today();
        Rows = await Sufficiency.ComputeAsync(db, User.GetRegionId(), Today, HttpContext.RequestAborted);
        Largest = Rows.Count == 0 ? 1 : Math.Max(1, Rows.Max(r => Math.Max(r.WaitingRequests, r.HouseholdsThatCanMeet)));
    }

    public Task<IActionResult> OnGetCsvAsync() => ExportAsync(TableExport.Csv);

    public Task<IActionResult> OnGetExcelAsync() => ExportAsync(TableExport.Excel);

    private async Task<IActionResult> ExportAsync(string format)
    {
        var today = clock.Today();
        var rows = await Sufficiency.ComputeAsync(db, User.GetRegionId(), today, HttpContext.RequestAborted);
        return new ResultActionResult(TableExport.File(Sufficiency.ToExport(rows), format, today));
    }

    private sealed class ResultActionResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }

    public int Percent(int value) => (int)Math.Round(100.0 * value / Largest);
}
