using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Data.Model.Adopters;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Adopters;

/// <summary>Records a pause the household asked for, or (with a pause id) the day it resumed.</summary>
[Authorize(Policy = Policies.EditAdopters)]
public class AddPauseModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public DateParts StartDate { get; set; } = new();
        public DateParts EndDate { get; set; } = new();
        public string? Reason { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PauseId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string HouseholdName { get; private set; } = "";

    public bool Resuming => PauseId is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id);
        if (h is null || (PauseId is { } pid && h.Pauses.All(p => p.Id != pid || p.EndDate is not null))) return NotFound();
        HouseholdName = h.Name;
        if (Resuming)
        {
            var pause = h.Pauses.Single(p => p.Id == PauseId);
            Input.StartDate = DateParts.From(pause.StartDate);
            Input.Reason = pause.Reason;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var h = await HouseholdSearch.LoadAsync(db, Id, tracking: true);
        var pause = PauseId is { } pid ? h?.Pauses.FirstOrDefault(p => p.Id == pid && p.EndDate is null) : null;
        if (h is null || (Resuming && pause is null)) return NotFound();
        HouseholdName = h.Name;
        var today = clock.Today();
        var unreadable = new Dictionary<string, string>();
        if (!Resuming && !Input.StartDate.IsEmpty && Input.StartDate.Problem("Start date") is { } p1) unreadable[nameof(InputModel.StartDate)] = p1;
        if (Input.EndDate.Problem("Date resumed") is { } p2 && (Resuming || !Input.EndDate.IsEmpty)) unreadable[nameof(InputModel.EndDate)] = p2;
        var fields = pause is null
            ? new PauseFields(Input.StartDate.ToDate(), Input.EndDate.ToDate(), Input.Reason)
            : new PauseFields(pause.StartDate, Input.EndDate.ToDate(), pause.Reason);
        var errors = fields.Problems(h, today, pause?.Id);
        foreach (var (k, v) in unreadable) errors[k] = v;
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            if (pause is not null)
            {
                Input.StartDate = DateParts.From(pause.StartDate);
                Input.Reason = pause.Reason;
            }

            return Page();
        }

        if (pause is null)
        {
            db.AdopterPauses.Add(new AdopterPause { HouseholdId = h.Id, OwningOrganisationId = h.OwningOrganisationId, StartDate = fields.StartDate!.Value, EndDate = fields.EndDate, Reason = fields.Reason!.Trim() });
        }
        else
        {
            pause.EndDate = fields.EndDate;
        }

        await db.SaveChangesAsync();
        return Redirect($"/adopters/{h.Id}?saved=true");
    }
}
