using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Panels;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Panels;

/// <summary>One meeting: quorum, attendance, agenda, recommendations and minutes; the panel adviser records them.</summary>
[Authorize(Policy = Policies.ViewAdopters)]
public class MeetingModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PanelMeeting Meeting { get; private set; } = null!;

    public IReadOnlyList<string> Shortfalls { get; private set; } = [];

    public IReadOnlyList<PanelWork.ReadyCase> Ready { get; private set; } = [];

    public bool CanRun { get; private set; }

    public bool CanDecide { get; private set; }

    [BindProperty]
    public List<string> MemberIds { get; set; } = [];

    public IEnumerable<SelectListItem> MemberOptions { get; private set; } = [];

    [BindProperty]
    public string? Case { get; set; }

    public IEnumerable<SelectListItem> CaseOptions => Ready.Select(c => new SelectListItem($"{c.Title}: {c.Kind.DisplayName().ToLowerInvariant()} ({c.Why})", $"{c.Kind}:{c.CaseId}"));

    [BindProperty]
    public Guid? ItemId { get; set; }

    [BindProperty]
    public string? Recommendation { get; set; }

    [BindProperty]
    public string? RecommendationNotes { get; set; }

    public IEnumerable<SelectListItem> RecommendationOptions { get; } = Enum.GetValues<PanelRecommendation>().Select(r => new SelectListItem(r.DisplayName(), r.ToString()));

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public Guid? ConcurrencyStamp { get; set; }

    private PanelWork Work => new(db, clock);

    private async Task<bool> LoadAsync(bool tracking)
    {
        var meeting = await Work.LoadAsync(Id, tracking);
        if (meeting is null) return false;
        Meeting = meeting;
        Shortfalls = PanelWork.QuorumShortfalls(meeting);
        CanRun = (await authorization.AuthorizeAsync(User, Policies.RunPanels)).Succeeded;
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.DecideAfterPanel)).Succeeded;
        if (CanRun)
        {
            Ready = (await Work.ReadyForPanelAsync()).Where(c => c.OwningOrganisationId == meeting.OwningOrganisationId).ToList();
            MemberOptions = (await db.PanelMembers.Where(m => m.OwningOrganisationId == meeting.OwningOrganisationId && m.Active).OrderBy(m => m.Role).ThenBy(m => m.Name).AsNoTracking().ToListAsync())
                .Select(m => new SelectListItem($"{m.Name}, {m.Role.DisplayName().ToLowerInvariant()}{(m.Independent ? ", independent" : "")}{(m.SocialWorkYearsQualified is { } y ? $", qualified {y} years" : "")}", m.Id.ToString()));
        }

        return true;
    }

    private void Prefill()
    {
        if (MemberIds.Count == 0 && ModelState.IsValid) MemberIds = Meeting.Attendance.Select(a => a.MemberId.ToString()).ToList();
        Minutes ??= Meeting.Minutes;
        ConcurrencyStamp = Meeting.ConcurrencyStamp;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(false)) return NotFound();
        Prefill();
        return Page();
    }

    private async Task<IActionResult> RunAsync(Func<PanelMeeting, Task<Dictionary<string, string>>> change)
    {
        if (!await LoadAsync(true)) return NotFound();
        if (!CanRun) return Forbid();
        var errors = await change(Meeting);
        if (errors.Count == 0)
        {
            db.Entry(Meeting).Property(m => m.ConcurrencyStamp).OriginalValue = ConcurrencyStamp ?? Guid.Empty;
            db.Entry(Meeting).Property(m => m.UpdatedAtUtc).IsModified = true;
            try
            {
                await db.SaveChangesAsync();
                return Redirect($"/panels/{Id}");
            }
            catch (DbUpdateConcurrencyException)
            {
                errors[""] = "Someone else changed this meeting while you were editing it. Your changes have not been saved: check the meeting and make them again.";
            }
        }

        foreach (var (k, v) in errors) ModelState.AddModelError(k, v);
        Shortfalls = PanelWork.QuorumShortfalls(Meeting);
        Minutes ??= Meeting.Minutes;
        return Page();
    }

    public Task<IActionResult> OnPostAttendanceAsync() =>
        RunAsync(async m =>
        {
            var ids = MemberIds.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).ToList();
            var errors = await Work.SetAttendanceAsync(m, ids);
            return errors.ToDictionary(e => nameof(MemberIds), e => e.Value);
        });

    public Task<IActionResult> OnPostAddItemAsync() =>
        RunAsync(async m =>
        {
            var parts = (Case ?? "").Split(':');
            if (parts.Length != 2 || !Guid.TryParse(parts[1], out var household))
            {
                return new Dictionary<string, string> { [nameof(Case)] = "Select a case that is ready for panel" };
            }

            var errors = await Work.AddItemAsync(m, parts[0], household);
            return errors.ToDictionary(_ => nameof(Case), e => e.Value);
        });

    public Task<IActionResult> OnPostRecommendAsync() =>
        RunAsync(m =>
        {
            var item = m.Items.FirstOrDefault(i => i.Id == ItemId);
            if (item is null) return Task.FromResult(new Dictionary<string, string> { [nameof(Recommendation)] = "Select a case on the agenda" });
            return Task.FromResult(Work.Recommend(m, item, Recommendation, RecommendationNotes).ToDictionary(e => e.Key == "Recommendation" ? nameof(Recommendation) : nameof(RecommendationNotes), e => e.Value));
        });

    public Task<IActionResult> OnPostMinutesAsync() =>
        RunAsync(m =>
        {
            var errors = Work.CheckMinutes(Minutes);
            if (errors.Count == 0) m.Minutes = string.IsNullOrWhiteSpace(Minutes) ? null : Minutes.Trim();
            return Task.FromResult(errors);
        });
}
