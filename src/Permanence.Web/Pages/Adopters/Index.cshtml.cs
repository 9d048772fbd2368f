using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Web.Api;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

[Authorize(Policy = Policies.ViewAdopters)]
public class IndexModel(PermanenceDbContext db, IAuthorizationService authorization) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<AdopterHousehold> Households { get; private set; } = [];

    public bool CanAdd { get; private set; }

    public bool CanSeeWorklist { get; private set; }

    public bool CanSeeFunnel { get; private set; }

    public IReadOnlyList<AdopterStage> Stages { get; } = Enum.GetValues<AdopterStage>();

    public async Task OnGetAsync()
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.EditAdopters)).Succeeded;
        CanSeeWorklist = (await authorization.AuthorizeAsync(User, Policies.AdopterWorklist)).Succeeded;
        CanSeeFunnel = (await authorization.AuthorizeAsync(User, Policies.ViewFunnel)).Succeeded;
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        var query = HouseholdSearch.Apply(db.AdopterHouseholds, Stage, Search);
        Total = await query.CountAsync();
        Households = await query
            .Include(h => h.OwningOrganisation)
            .OrderBy(h => h.Name).ThenBy(h => h.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .AsNoTracking()
            .ToListAsync();
    }

    public string PageLink(int page) =>
        "/adopters" + QueryString.Create(new Dictionary<string, string?> { ["stage"] = Stage, ["search"] = Search, ["page"] = page.ToString(CultureInfo.InvariantCulture) }).ToUriComponent();
}
