using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Panels;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Panels;

/// <summary>The agency decision maker records the decision on a panel recommendation, due 7 working days after the panel.</summary>
[Authorize(Policy = Policies.DecideAfterPanel)]
public class DecisionModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? Decision { get; set; }
        public DateParts DecisionDate { get; set; } = new();
        public string? DecisionReasons { get; set; }
        public Guid? ConcurrencyStamp { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ItemId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PanelMeeting Meeting { get; private set; } = null!;

    public PanelAgendaItem Item { get; private set; } = null!;

    public DateOnly Due { get; private set; }

    public IEnumerable<SelectListItem> DecisionOptions { get; } = Enum.GetValues<AgencyDecision>().Select(d => new SelectListItem(d.DisplayName(), d.ToString()));

    private async Task<bool> LoadAsync(bool tracking)
    {
        var meeting = await new PanelWork(db, clock).LoadAsync(Id, tracking);
        var item = meeting?.Items.FirstOrDefault(i => i.Id == ItemId);
        if (meeting is null || item is null) return false;
        (Meeting, Item) = (meeting, item);
        Due = AdopterTimescales.DecisionDue(meeting.MeetingDate, await db.WorkingCalendarAsync());
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(false)) return NotFound();
        Input.ConcurrencyStamp = Item.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(true)) return NotFound();
        var work = new PanelWork(db, clock);
        var errors = await work.DecideAsync(Meeting, Item, Input.Decision, Input.DecisionDate.ToDate(), Input.DecisionReasons, User.GetDisplayName());
        if (!Input.DecisionDate.IsEmpty && Input.DecisionDate.Problem("Decision date") is { } p) errors["DecisionDate"] = p;
        if (errors.Count == 0)
        {
            db.Entry(Item).Property(i => i.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp ?? Guid.Empty;
            try
            {
                await db.SaveChangesAsync();
                return Redirect($"/panels/{Id}");
            }
            catch (DbUpdateConcurrencyException)
            {
                errors[""] = "Someone else changed this case while you were deciding it. Your decision has not been saved: check the case and decide again.";
            }
        }

        foreach (var (k, v) in errors) ModelState.AddModelError(k.Length == 0 ? "" : $"Input.{k}", v);
        return Page();
    }
}
