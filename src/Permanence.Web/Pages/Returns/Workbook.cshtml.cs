using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Ssda903.Rules;

namespace Permanence.Web.Pages.Returns;

/// <summary>Every validation error of an upload as an Excel workbook (the CLI's --format xlsx).</summary>
public class WorkbookModel(PermanenceDbContext db) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await ReturnUploadQueries.ReportAsync(db, id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        await ReturnUploadQueries.AuditExportAsync(db, report.Upload, cancellationToken);
        var stream = new MemoryStream();
        ValidationWorkbook.Write(stream, report.Errors);
        stream.Position = 0;
        return File(stream, ContentType, ReturnUploadQueries.WorkbookName(report.Upload));
    }
}
