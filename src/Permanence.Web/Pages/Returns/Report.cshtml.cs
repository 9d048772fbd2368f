using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Returns;
using Permanence.Data.Returns;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Returns;

/// <summary>The validation report of one upload: the DfE rules it breaks, with counts.</summary>
public class ReportModel(ReturnOperations returns, IAuthorizationService authorization) : PageModel
{
    public ReturnReport Report { get; private set; } = null!;

    public bool CanImport { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await returns.ReportAsync(id, cancellationToken) is not { } report) return NotFound();
        Report = report;
        CanImport = report.Problems.Count == 0 && (await authorization.AuthorizeAsync(User, Policies.UploadReturns)).Succeeded;
        return Page();
    }
}
