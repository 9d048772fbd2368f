using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Calendar;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Timescales;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

[Authorize(Policy = Policies.ViewAdopters)]
public class DetailsModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization, Permanence.Domain.Matching.MatchingWeights weights) : PageModel
{
    /// <summary>The best five waiting children the household could be linked with (RAA family finding only); null when not shown.</summary>
    public IReadOnlyList<PossibleChild>? PossibleChildren { get; private set; }

    public bool ShowsPossibleChildren { get; private set; }

    public DateOnly Today { get; private set; }

    public AdopterHousehold Household { get; private set; } = null!;

    public IReadOnlyList<StatutoryClock> Clocks { get; private set; } = [];

    public IReadOnlyList<HouseholdTimeline.Event> Timeline { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>The household's cases at panel, with the decisions and their letters.</summary>
    public IReadOnlyList<Data.Model.Panels.PanelAgendaItem> PanelItems { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var household = await HouseholdSearch.LoadAsync(db, id);
        if (household is null)
        {
            return NotFound();
        }

        Household = household;
        var today = clock.Today();
        Clocks = AdopterTimescales.Clocks(household.Journey, await db.WorkingCalendarAsync(), today);
        Timeline = HouseholdTimeline.Of(household);
        PanelItems = await db.PanelAgendaItems.Where(i => i.HouseholdId == id).Include(i => i.Meeting).OrderBy(i => i.Meeting!.MeetingDate).AsNoTracking().ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditAdopters)).Succeeded;
        Today = today;
        ShowsPossibleChildren = household.Outcome == Domain.Adopters.AdopterOutcome.Approved && (await authorization.AuthorizeAsync(User, Policies.RankHouseholds)).Succeeded;
        if (ShowsPossibleChildren)
        {
            PossibleChildren = await Adopters.PossibleChildren.LoadAsync(db, id, User.GetRegionId(), weights, today, 5, HttpContext.RequestAborted);
        }

        return Page();
    }

    public static string Tag(ClockStatus status) =>
        status switch
        {
            ClockStatus.Overdue or ClockStatus.Late => "govuk-tag govuk-tag--red",
            ClockStatus.DueSoon => "govuk-tag govuk-tag--yellow",
            ClockStatus.Paused or ClockStatus.Stopped => "govuk-tag govuk-tag--grey",
            ClockStatus.Met => "govuk-tag govuk-tag--green",
            _ => "govuk-tag govuk-tag--blue",
        };
}
