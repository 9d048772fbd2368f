using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Returns;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Returns;

/// <summary>Import a stored return into the tracker: children and their journey events, in one transaction.</summary>
[Authorize(Policy = Policies.UploadReturns)]
public class ImportModel(PermanenceDbContext db) : PageModel
{
    public ReturnReport Report { get; private set; } = null!;

    /// <summary>Children of the return already in the tracker (matched on local reference).</summary>
    public int AlreadyInTracker { get; private set; }

    /// <summary>Set once imported: what the import did.</summary>
    public ReturnImportResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await CountAlreadyInTrackerAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        try
        {
            Result = await ReturnImport.ImportAsync(db, Report, HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ReturnImport.ConcurrentChangeMessage);
            db.ChangeTracker.Clear();
            await CountAlreadyInTrackerAsync();
        }

        return Page();
    }

    private async Task CountAlreadyInTrackerAsync()
    {
        var references = Report.Current.Header.Select(h => h.Child).Distinct().ToList();
        AlreadyInTracker = await db.Children.CountAsync(c => c.OwningOrganisationId == Report.Upload.OwningOrganisationId && c.LocalReference != null && references.Contains(c.LocalReference));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var report = await ReturnUploadQueries.ReportAsync(db, id, HttpContext.RequestAborted);
        if (report is null || report.Problems.Count > 0)
        {
            return false;
        }

        Report = report;
        return true;
    }
}
