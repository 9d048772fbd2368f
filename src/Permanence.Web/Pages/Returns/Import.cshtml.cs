using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Returns;
using Permanence.Data.Returns;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Returns;

/// <summary>Import a stored return into the tracker: children and their journey events, in one transaction.</summary>
[Authorize(Policy = Policies.UploadReturns)]
public class ImportModel(ReturnOperations returns) : PageModel
{
    public ReturnReport Report { get; private set; } = null!;

    /// <summary>Children of the return already in the tracker (matched on local reference).</summary>
    public int AlreadyInTracker { get; private set; }

    /// <summary>Set once imported: what the import did.</summary>
    public ReturnImportResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await returns.ReadableReportAsync(id, HttpContext.RequestAborted) is not { } report) return NotFound();
        Report = report;
        AlreadyInTracker = await returns.AlreadyInTrackerAsync(report);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await returns.ReadableReportAsync(id, HttpContext.RequestAborted) is not { } report) return NotFound();
        Report = report;
        var result = await returns.ImportAsync(report, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            AlreadyInTracker = await returns.AlreadyInTrackerAsync(report);
            return this.Refused(result, prefix: "");
        }

        Result = result.Value;
        return Page();
    }
}
