using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data;
using Permanence.Data.Returns;
using Permanence.Ssda903;
using Permanence.Ssda903.Reading;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Returns;

/// <summary>
/// Upload the year's return. Antiforgery is checked by hand after the form has been read within
/// the upload limits: the automatic check reads the whole form first, with the framework's own
/// limits, and a too-large upload would fail there with no useful message.
/// </summary>
[Authorize(Policy = Policies.UploadReturns)]
[IgnoreAntiforgeryToken]
public class UploadModel(PermanenceDbContext db, TimeProvider clock, IAntiforgery antiforgery) : PageModel
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
        var form = await ReturnFilesForm.ReadAsync(Request, Today, cancellationToken);
        // The form was not read when it was too large: nothing is written, so there is nothing to protect.
        if (form.FormRead && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        Year = form.YearAsSent;
        foreach (var (field, message) in form.Errors)
        {
            ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await ReturnUploads.StoreAsync(db, User.GetOrganisationId()!.Value, form.Year!.Value, form.Files, cancellationToken);
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

        return Redirect($"/returns/{outcome.Upload.Id}");
    }

    /// <summary>The summary links to the first problems; the table under the field lists them all.</summary>
    public const int MaxProblemsInSummary = 20;
}
