using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Data.Returns;

namespace Permanence.Web.Pages.Returns;

/// <summary>The validation report of one upload: the DfE rules it breaks, with counts.</summary>
public class ReportModel(PermanenceDbContext db) : PageModel
{
    public ReturnReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await ReturnUploadQueries.ReportAsync(db, id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
