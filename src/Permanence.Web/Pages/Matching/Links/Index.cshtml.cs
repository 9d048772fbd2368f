using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Data;
using Permanence.Domain.Matching;
using Permanence.Domain.Staff;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Matching.Links;

/// <summary>Links: a family finder sees their own first; managers and the child's LA see all in their scope.</summary>
[Authorize(Policy = Policies.ViewMatchLinks)]
public class IndexModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public bool Mine { get; private set; }

    public IReadOnlyList<LinkRow> Rows { get; private set; } = [];

    public IEnumerable<SelectListItem> StatusOptions =>
        new[] { new SelectListItem("Any status", "") }.Concat(Enum.GetValues<MatchLinkStatus>().Select(s => new SelectListItem(s.DisplayName(), s.ToString())));

    public IEnumerable<SelectListItem> ShowOptions => [new("My links", "mine"), new("All links I can see", "all")];

    public async Task OnGetAsync()
    {
        Mine = Show switch { "mine" => true, "all" => false, _ => User.IsInRole(nameof(StaffRole.FamilyFinder)) };
        Show = Mine ? "mine" : "all";
        var status = Enum.TryParse<MatchLinkStatus>(Status, out var s) && Enum.IsDefined(s) ? s : (MatchLinkStatus?)null;
        Status = status?.ToString();
        Rows = await LinkList.LoadAsync(db, User, Mine, status, clock.Today());
    }
}
