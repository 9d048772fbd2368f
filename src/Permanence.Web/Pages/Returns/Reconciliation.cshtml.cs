using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Data.Returns;

namespace Permanence.Web.Pages.Returns;

/// <summary>Where an LA's return for the year and the tracker disagree.</summary>
public class ReconciliationModel(PermanenceDbContext db) : PageModel
{
    public ReturnReport Report { get; private set; } = null!;

    public Reconciliation Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var report = await ReturnUploadQueries.ReportAsync(db, id, HttpContext.RequestAborted);
        if (report is null || report.Problems.Count > 0)
        {
            return NotFound();
        }

        Report = report;
        Result = await ReturnReconciliation.CompareAsync(db, report, HttpContext.RequestAborted);
        return Page();
    }
}
