using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Children;
using Permanence.Domain.Organisations;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Children;

public class IndexModel(PermanenceDbContext db, IAuthorizationService authorization) : PageModel
{
    private const int PageSize = 25;

    public sealed record LaOption(string Code, string Name);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    /// <summary>From ?page=N (read by hand: Razor Pages reserves the "page" route value).</summary>
    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<Child> Children { get; private set; } = [];

    public IReadOnlyList<LaOption> LocalAuthorities { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.EditChildren)).Succeeded;
        var region = User.GetRegionId() ?? -1;
        var own = User.GetOrganisationId() ?? -1;
        LocalAuthorities = await db.Organisations
            .Where(o => o.Type == OrganisationType.LocalAuthority && (User.IsRegionWide() ? o.RegionId == region : o.Id == own))
            .OrderBy(o => o.Name)
            .Select(o => new LaOption(o.LaCode!, o.Name))
            .ToListAsync();
        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        var query = ChildSearch.Apply(db.Children, La, Search);
        Total = await query.CountAsync();
        Children = await query
            .Include(c => c.OwningOrganisation)
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .AsNoTracking()
            .ToListAsync();
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["search"] = Search, ["la"] = La, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToUriComponent() is var q
            ? $"/children{q}"
            : "/children";
}
