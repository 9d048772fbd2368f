using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Application;
using Permanence.Application.Returns;
using Permanence.Data.Returns;
using Permanence.Domain.Calendar;
using Permanence.Ssda903;
using Permanence.Ssda903.Reading;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Returns;

/// <summary>
/// Upload the year's return. Antiforgery is checked by hand after the form has been read within
/// the upload limits: the automatic check reads the whole form first, with the framework's own
/// limits, and a too-large upload would fail there with no useful message.
/// </summary>
[Authorize(Policy = Policies.UploadReturns)]
[IgnoreAntiforgeryToken]
public class UploadModel(ReturnOperations returns, TimeProvider clock, IAntiforgery antiforgery) : PageModel
{
    /// <summary>The selected collection year (the form field <c>year</c>), kept to re-show after an error.</summary>
    public string? Year { get; set; }

    /// <summary>Only named for the file inputs and their errors: a browser never re-fills a file input.</summary>
    public object? Files { get; set; }

    public object? PreviousFiles { get; set; }

    /// <summary>Why the files cannot be read, each with the id its error summary link goes to.</summary>
    public IReadOnlyList<(string Id, ReadProblem Problem)> ReadProblems { get; private set; } = [];

    public IEnumerable<SelectListItem> YearOptions =>
        CollectionYear.Recent(Today, 6).Select(y => new SelectListItem($"{y.Label} (year ending 31 March {y.YearEnding})", y.YearEnding.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private DateOnly Today => clock.Today();

    public void OnGet() => Year = CollectionYear.Containing(Today.AddYears(-1)).YearEnding.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // No handler parameters: binding them would make MVC read the whole form first, without the upload limits.
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var form = await ReturnFilesForm.ReadAsync(Request, cancellationToken);
        // The form was not read when it was too large: nothing is written, so there is nothing to protect.
        if (form.FormRead && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        Year = form.Input.Year;
        var result = form.FormRead ? await returns.UploadAsync(form.Input, User, form.Errors, cancellationToken) : OperationResult<ReturnUploadOutcome>.Invalid(form.Errors);
        if (!result.Succeeded)
        {
            return this.Refused(result, prefix: "");
        }

        var outcome = result.Value!;
        if (outcome.Upload is null)
        {
            ReadProblems = outcome.Problems.Select((p, i) => ($"read-problem-{i + 1}", p)).ToList();
            ModelState.AddModelError(nameof(Files), $"The selected files cannot be read: correct the {(outcome.Problems.Count == 1 ? "problem" : $"{outcome.Problems.Count} problems")} listed and upload them again");
            foreach (var (id, problem) in ReadProblems.Take(MaxProblemsInSummary))
            {
                ModelState.AddModelError(id, problem.ToString());
            }

            return Page();
        }

        return RedirectToPage("Report", new { id = outcome.Upload.Id });
    }

    /// <summary>The summary links to the first problems; the table under the field lists them all.</summary>
    public const int MaxProblemsInSummary = 20;
}
