using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Matching;
using Permanence.Domain.Matching;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Matching;

/// <summary>Every approved household the region can use, ranked for one waiting child, with the reason for each place.</summary>
[Authorize(Policy = Policies.RankHouseholds)]
public class ChildModel(PermanenceDbContext db, TimeProvider clock, MatchingWeights weights, MatchLinkQueries links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ChildId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool InterAgencyOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool EarlyPermanenceOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MaxDistanceKm { get; set; }

    public DateOnly Today { get; private set; }

    public Ranking? Result { get; private set; }

    /// <summary>The child's name when the child is in scope but not waiting for a family.</summary>
    public string? NotWaitingName { get; private set; }

    public MatchingWeights Weights => weights;

    /// <summary>The child's newest link with each household, so a shortlisted household leads to its link instead of being shortlisted twice.</summary>
    public IReadOnlyDictionary<Guid, ChildLink> Links { get; private set; } = new Dictionary<Guid, ChildLink>();

    public async Task<IActionResult> OnGetAsync()
    {
        Today = clock.Today();
        var filter = new RankingFilter(Search, InterAgencyOnly, EarlyPermanenceOnly, MaxDistanceKm);
        var (km, errors) = filter.Read();
        foreach (var (k, v) in errors) ModelState.AddModelError(k, v);
        Result = await Ranking.LoadAsync(db, ChildId, errors.Count == 0 ? filter : filter with { Search = null }, km, weights, Today, HttpContext.RequestAborted);
        if (Result is not null)
        {
            Links = (await links.ForChildAsync(ChildId, HttpContext.RequestAborted))
                .GroupBy(l => l.HouseholdId)
                .ToDictionary(g => g.Key, g => g.First());
        }
        else
        {
            var name = await db.Children.Where(c => c.Id == ChildId).Select(c => c.GivenName + " " + c.FamilyName).FirstOrDefaultAsync();
            if (name is null) return NotFound();
            NotWaitingName = name;
        }

        return Page();
    }
}
