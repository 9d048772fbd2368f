using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Permanence.Application.Tracker;
using Permanence.Data;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children.Journey;

[Authorize(Policy = Policies.ViewPersonalRecords)]
public class IndexModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization, IOptions<TrackerOptions> thresholds) : PageModel
{
    public JourneyOverview Overview { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool CanRecord { get; private set; }

    public bool CanEditSiblings { get; private set; }

    public bool CanAllocate { get; private set; }

    public bool CanEditMatchingProfile { get; private set; }

    public bool CanRank { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Today = clock.Today();
        var overview = await JourneyOverview.LoadAsync(db, id, Today, thresholds.Value);
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        CanRecord = (await authorization.AuthorizeAsync(User, Policies.RecordJourney)).Succeeded;
        CanEditSiblings = (await authorization.AuthorizeAsync(User, Policies.EditChildren)).Succeeded;
        CanAllocate = (await authorization.AuthorizeAsync(User, Policies.AllocateFamilyFinder)).Succeeded;
        CanEditMatchingProfile = (await authorization.AuthorizeAsync(User, Policies.EditMatchingProfile)).Succeeded;
        CanRank = (await authorization.AuthorizeAsync(User, Policies.RankHouseholds)).Succeeded;
        return Page();
    }

    /// <summary>The confirmation shown after a change, from a fixed list (never echoed from the query).</summary>
    public string? SavedMessage =>
        Saved switch
        {
            "recorded" => "The event has been recorded.",
            "changed" => "The event has been changed.",
            "removed" => "The event has been removed.",
            _ => null,
        };
}
