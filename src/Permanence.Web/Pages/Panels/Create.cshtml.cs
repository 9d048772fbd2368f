using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data;
using Permanence.Domain.Panels;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Panels;

[Authorize(Policy = Policies.RunPanels)]
public class CreateModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? Type { get; set; } = nameof(PanelType.Adoption);
        public DateParts MeetingDate { get; set; } = new();
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IEnumerable<SelectListItem> TypeOptions { get; } = Enum.GetValues<PanelType>().Select(t => new SelectListItem(t.DisplayName(), t.ToString()));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var work = new PanelWork(db, clock);
        var errors = work.CheckSchedule(Input.Type, Input.MeetingDate.ToDate());
        if (Input.MeetingDate.Problem("Date of the meeting") is { } p) errors["MeetingDate"] = p;
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError($"Input.{k}", v);
            return Page();
        }

        var meeting = work.Schedule(User.GetOrganisationId()!.Value, Input.Type!, Input.MeetingDate.ToDate()!.Value);
        await db.SaveChangesAsync();
        return Redirect($"/panels/{meeting.Id}");
    }
}
