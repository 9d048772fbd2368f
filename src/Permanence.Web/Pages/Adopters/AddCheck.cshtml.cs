using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data;
using Permanence.Domain.Adopters;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Adopters;

[Authorize(Policy = Policies.EditAdopters)]
public class AddCheckModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? Kind { get; set; }
        public string? Subject { get; set; }
        public DateParts RequestedDate { get; set; } = new();
        public DateParts CompletedDate { get; set; } = new();
        public string? Outcome { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string HouseholdName { get; private set; } = "";

    public IEnumerable<SelectListItem> KindOptions { get; } = Enum.GetValues<StatutoryCheckKind>().Select(k => new SelectListItem(k.DisplayName(), k.ToString()));

    public IEnumerable<SelectListItem> OutcomeOptions { get; } = Enum.GetValues<CheckOutcome>().Select(k => new SelectListItem(k.DisplayName(), k.ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id);
        if (h is null) return NotFound();
        HouseholdName = h.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id);
        if (h is null) return NotFound();
        HouseholdName = h.Name;
        var today = clock.Today();
        var unreadable = new Dictionary<string, string>();
        if (Input.RequestedDate.Problem("Date requested") is { } p1 && !Input.RequestedDate.IsEmpty) unreadable[nameof(InputModel.RequestedDate)] = p1;
        if (Input.CompletedDate.Problem("Date completed") is { } p2 && !Input.CompletedDate.IsEmpty) unreadable[nameof(InputModel.CompletedDate)] = p2;
        var fields = new CheckFields(Input.Kind, Input.Subject, Input.RequestedDate.ToDate(), Input.CompletedDate.ToDate(), Input.Outcome);
        var errors = fields.Problems(h, today);
        foreach (var (k, v) in unreadable) errors[k] = v;
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        db.AdopterChecks.Add(fields.ToCheck(h));
        await db.SaveChangesAsync();
        return Redirect($"/adopters/{h.Id}?saved=true");
    }
}
