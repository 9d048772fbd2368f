using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Returns;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Returns;

public class IndexModel(PermanenceDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    /// <summary>From ?page=N (read by hand: Razor Pages reserves the "page" route value).</summary>
    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + ReturnUploadQueries.PageSize - 1) / ReturnUploadQueries.PageSize);

    public IReadOnlyList<ReturnUpload> Uploads { get; private set; } = [];

    public IReadOnlyList<ReturnUploadQueries.LaOption> LocalAuthorities { get; private set; } = [];

    public bool CanUpload { get; private set; }

    public async Task OnGetAsync()
    {
        CanUpload = (await authorization.AuthorizeAsync(User, Policies.UploadReturns)).Succeeded;
        LocalAuthorities = await ReturnUploadQueries.LocalAuthoritiesAsync(db, User.GetOrganisationId(), User.GetRegionId(), User.IsRegionWide());
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        var query = ReturnUploadQueries.List(db, La, null);
        Total = await query.CountAsync();
        Uploads = await query
            .Include(u => u.OwningOrganisation)
            .Skip((PageNumber - 1) * ReturnUploadQueries.PageSize)
            .Take(ReturnUploadQueries.PageSize)
            .AsNoTracking()
            .ToListAsync();
    }

    public string PageLink(int page) =>
        "/returns" + QueryString.Create(new Dictionary<string, string?> { ["la"] = La, ["page"] = page.ToString(CultureInfo.InvariantCulture) }).ToUriComponent();
}
