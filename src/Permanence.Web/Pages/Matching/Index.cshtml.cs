using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Permanence.Data;
using Permanence.Data.Matching;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Matching;

/// <summary>The children in scope waiting for a family, longest wait first; long waits and priority children highlighted.</summary>
[Authorize(Policy = Policies.RankHouseholds)]
public class IndexModel(PermanenceDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public bool CanSeeSufficiency { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Finder { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<WaitingChild> Children { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>How many of the region's approved households meet every requirement of each child's request.</summary>
    public Dictionary<Guid, int> HouseholdsThatCouldTake { get; private set; } = [];

    public List<SelectListItem> LocalAuthorities { get; private set; } = [];

    public List<SelectListItem> FamilyFinders { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = clock.Today();
        CanSeeSufficiency = (await authorization.AuthorizeAsync(User, Policies.ViewSufficiency)).Succeeded;
        var all = await MatchingQueries.WaitingChildrenAsync(db, Today, HttpContext.RequestAborted);
        LocalAuthorities = all.Select(c => (c.LaCode, c.LaName)).Distinct().OrderBy(l => l.LaName).Select(l => new SelectListItem(l.LaName, l.LaCode)).ToList();
        FamilyFinders =
        [
            new("Mine", WaitingFilter.Mine), new("Not allocated", WaitingFilter.Unallocated),
            .. all.Where(c => c.FamilyFinderId is not null).Select(c => (c.FamilyFinderId!, c.FamilyFinderName ?? "")).Distinct().OrderBy(f => f.Item2).Select(f => new SelectListItem(f.Item2, f.Item1)),
        ];
        Children = new WaitingFilter(La, Finder).Apply(all, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value).ToList();
        Total = Children.Count;
        var households = await MatchingQueries.ApprovedHouseholdsAsync(db, User.GetRegionId(), HttpContext.RequestAborted);
        HouseholdsThatCouldTake = Children.ToDictionary(c => c.ChildId, c => households.Count(h => Domain.Matching.MatchRanker.MeetsHardRules(c.Request, h, Today)));
        await MatchingQueries.AuditShownAsync(db, Children.Select(c => c.ChildId).ToList(), [], HttpContext.RequestAborted);
    }
}
