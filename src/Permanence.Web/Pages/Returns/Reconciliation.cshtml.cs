using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Returns;
using Permanence.Data.Returns;

namespace Permanence.Web.Pages.Returns;

/// <summary>Where an LA's return for the year and the tracker disagree.</summary>
public class ReconciliationModel(ReturnOperations returns) : PageModel
{
    public ReturnReport Report { get; private set; } = null!;

    public Reconciliation Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await returns.ReconcileAsync(id, HttpContext.RequestAborted) is not { } reconciled) return NotFound();
        (Report, Result) = reconciled;
        return Page();
    }
}
