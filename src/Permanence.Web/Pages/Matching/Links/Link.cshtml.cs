using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Matching;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Matching;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;

namespace Permanence.Web.Pages.Matching.Links;

/// <summary>
/// One link: the child (with the 18-month and priority highlight), the household as presented,
/// visits, the linking meeting, proceeding to panel, the LA decision maker's match decision on its
/// clock, introductions and the move-in, the inter-agency fee, or declining with a reason.
/// </summary>
[Authorize(Policy = Policies.ViewMatchLinks)]
public class LinkModel(PermanenceDbContext db, TimeProvider clock, DbContextOptions<PermanenceDbContext> options, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid LinkId { get; set; }

    public MatchLink Link { get; private set; } = null!;

    public IReadOnlyList<Child> Siblings { get; private set; } = [];

    public bool LongWait { get; private set; }

    public IReadOnlyList<PriorityReason> Priority { get; private set; } = [];

    public StatutoryClock? DecisionClock { get; private set; }

    public bool CanManage { get; private set; }

    public bool CanDecide { get; private set; }

    [BindProperty] public DateParts VisitDate { get; set; } = new();
    [BindProperty] public string? Visitors { get; set; }
    [BindProperty] public string? VisitNotes { get; set; }
    [BindProperty] public DateParts LinkingMeetingDate { get; set; } = new();
    [BindProperty] public string? LinkingMeetingOutcome { get; set; }
    [BindProperty] public string? LinkingMeetingNotes { get; set; }
    [BindProperty] public string? CloseAs { get; set; }
    [BindProperty] public string? DeclineReason { get; set; }
    [BindProperty] public string? CloseNotes { get; set; }
    [BindProperty] public string? FeeStatus { get; set; }
    [BindProperty] public string? FeeAmount { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public DateParts DecisionDate { get; set; } = new();
    [BindProperty] public string? DecisionReasons { get; set; }
    [BindProperty] public DateParts IntroductionsStartDate { get; set; } = new();
    [BindProperty] public DateParts MovedInDate { get; set; } = new();
    [BindProperty] public Guid? ConcurrencyStamp { get; set; }

    public static IEnumerable<SelectListItem> OutcomeOptions => Enum.GetValues<LinkingMeetingOutcome>().Select(o => new SelectListItem(o.DisplayName(), o.ToString()));

    public static IEnumerable<SelectListItem> ReasonOptions =>
        Enum.GetValues<DeclineReason>().Where(r => r != Domain.Matching.DeclineReason.NotApprovedByDecisionMaker).Select(r => new SelectListItem(r.DisplayName(), r.ToString()));

    public static IEnumerable<SelectListItem> CloseOptions => [new("Declined (the link will not go ahead)", "Declined"), new("Withdrawn (the link ended for another reason)", "Withdrawn")];

    public static IEnumerable<SelectListItem> FeeOptions => Enum.GetValues<InterAgencyFeeStatus>().Select(f => new SelectListItem(f.DisplayName(), f.ToString()));

    public static IEnumerable<SelectListItem> DecisionOptions => [new("Approve the match", "Approve"), new("Do not approve the match", "DoNotApprove")];

    private MatchLinkWork Work => new(db, clock, options);

    private async Task<bool> LoadAsync(bool tracking)
    {
        var link = await Work.LoadAsync(LinkId, tracking);
        if (link is null) return false;
        Link = link;
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageMatchLinks)).Succeeded;
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.DecideMatch)).Succeeded;
        var child = await db.Children.Include(c => c.JourneyEvents).Include(c => c.SiblingGroup).AsNoTracking().FirstAsync(c => c.Id == link.ChildId);
        Siblings = await Work.SiblingsPlacedWithAsync(child, tracking: false);
        (LongWait, Priority) = await Work.HighlightAsync(child);
        if (link.PanelDate is { } panel && link.PanelRecommendation is not null)
        {
            DecisionClock = MatchLinkRules.DecisionClock(panel, link.MatchDecisionDate, await db.WorkingCalendarAsync(), Work.Today);
        }

        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(false)) return NotFound();
        ConcurrencyStamp = Link.ConcurrencyStamp;
        FeeStatus = Link.FeeStatus.ToString();
        FeeAmount = Link.FeeAmount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    private async Task<IActionResult> RunAsync(bool decider, Func<MatchLinkWork, MatchLink, Task<Dictionary<string, string>>> change)
    {
        if (!await LoadAsync(true)) return NotFound();
        if (decider ? !CanDecide : !CanManage) return Forbid();
        var work = Work;
        var errors = await change(work, Link);
        if (errors.Count == 0)
        {
            db.Entry(Link).Property(l => l.ConcurrencyStamp).OriginalValue = ConcurrencyStamp ?? Guid.Empty;
            db.Entry(Link).Property(l => l.UpdatedAtUtc).IsModified = true;
            try
            {
                await db.SaveChangesAsync();
                if (decider) await work.MarkHouseholdLinkedAsync(Link, User.GetDisplayName());
                return Redirect($"/matching/links/{LinkId}");
            }
            catch (DbUpdateConcurrencyException)
            {
                errors[""] = "Someone else changed this link while you were working on it. Your change has not been saved: check the link and make it again.";
            }
        }

        foreach (var (k, v) in errors) ModelState.AddModelError(k, v);
        // Show the link as it is stored, not as the refused change left it in memory.
        db.ChangeTracker.Clear();
        await LoadAsync(false);
        return Page();
    }

    private static DateOnly? Date(DateParts parts, string field, string label, Dictionary<string, string> errors)
    {
        if (parts.IsEmpty) return null;
        if (parts.Problem(label) is { } p) errors[field] = p;
        return parts.ToDate();
    }

    private static Dictionary<string, string> Merge(Dictionary<string, string> first, Dictionary<string, string> then)
    {
        foreach (var (k, v) in first) then[k] = v;
        return then;
    }

    public Task<IActionResult> OnPostVisitAsync() =>
        RunAsync(false, (w, l) =>
        {
            var errors = new Dictionary<string, string>();
            var date = Date(VisitDate, nameof(VisitDate), "Date of the visit", errors);
            return Task.FromResult(Merge(errors, errors.Count > 0 ? [] : w.RecordVisit(l, date, Visitors, VisitNotes)));
        });

    public Task<IActionResult> OnPostLinkingMeetingAsync() =>
        RunAsync(false, (w, l) =>
        {
            var errors = new Dictionary<string, string>();
            var date = Date(LinkingMeetingDate, nameof(LinkingMeetingDate), "Date of the linking meeting", errors);
            var outcome = Pages.Adopters.HouseholdFields.ParseEnum<LinkingMeetingOutcome>(LinkingMeetingOutcome);
            return Task.FromResult(Merge(errors, w.RecordLinkingMeeting(l, date, outcome, LinkingMeetingNotes)));
        });

    public Task<IActionResult> OnPostProceedAsync() => RunAsync(false, (w, l) => w.ProceedAsync(l));

    public Task<IActionResult> OnPostCloseAsync() =>
        RunAsync(false, (w, l) =>
        {
            if (CloseAs is not ("Declined" or "Withdrawn")) return Task.FromResult(new Dictionary<string, string> { [nameof(CloseAs)] = "Select whether the link was declined or withdrawn" });
            var reason = Pages.Adopters.HouseholdFields.ParseEnum<DeclineReason>(DeclineReason) is { } r && r != Domain.Matching.DeclineReason.NotApprovedByDecisionMaker ? r : (DeclineReason?)null;
            return Task.FromResult(w.Close(l, CloseAs == "Withdrawn", reason, CloseNotes));
        });

    public Task<IActionResult> OnPostFeeAsync() =>
        RunAsync(false, (w, l) =>
        {
            var errors = new Dictionary<string, string>();
            var status = Pages.Adopters.HouseholdFields.ParseEnum<InterAgencyFeeStatus>(FeeStatus);
            decimal? amount = null;
            if (!string.IsNullOrWhiteSpace(FeeAmount))
            {
                if (decimal.TryParse(FeeAmount.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var a)) amount = a;
                else errors[nameof(FeeAmount)] = "Amount must be a number of pounds, like 27000 or 27000.50";
            }

            return Task.FromResult(Merge(errors, errors.Count > 0 ? [] : w.SetFee(l, status, amount)));
        });

    public Task<IActionResult> OnPostDecisionAsync() =>
        RunAsync(true, async (w, l) =>
        {
            var errors = new Dictionary<string, string>();
            var date = Date(DecisionDate, nameof(DecisionDate), "Decision date", errors);
            bool? approve = Decision switch { "Approve" => true, "DoNotApprove" => false, _ => null };
            return Merge(errors, errors.Count > 0 ? [] : await w.DecideAsync(l, approve, date, DecisionReasons, User.GetDisplayName()));
        });

    public Task<IActionResult> OnPostIntroductionsAsync() =>
        RunAsync(false, (w, l) =>
        {
            var errors = new Dictionary<string, string>();
            var date = Date(IntroductionsStartDate, nameof(IntroductionsStartDate), "Date introductions started", errors);
            return Task.FromResult(Merge(errors, errors.Count > 0 ? [] : w.StartIntroductions(l, date)));
        });

    public Task<IActionResult> OnPostMovedInAsync() =>
        RunAsync(false, async (w, l) =>
        {
            var errors = new Dictionary<string, string>();
            var date = Date(MovedInDate, nameof(MovedInDate), "Date the child moved in", errors);
            return Merge(errors, errors.Count > 0 ? [] : await w.MovedInAsync(l, date));
        });
}
