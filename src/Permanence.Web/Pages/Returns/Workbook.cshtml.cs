using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Returns;

namespace Permanence.Web.Pages.Returns;

/// <summary>Every validation error of an upload as an Excel workbook (the CLI's --format xlsx).</summary>
public class WorkbookModel(ReturnOperations returns) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await returns.ExportErrorsAsync(id, cancellationToken);
        return result.Succeeded ? File(result.Value!.Content, ErrorsWorkbook.ContentType, result.Value.FileName) : NotFound();
    }
}
