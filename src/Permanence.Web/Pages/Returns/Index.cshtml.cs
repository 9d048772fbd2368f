using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application;
using Permanence.Application.Returns;
using Permanence.Data.Model.Returns;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Returns;

public class IndexModel(ReturnOperations returns, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    /// <summary>From ?page=N (read by hand: Razor Pages reserves the "page" route value).</summary>
    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<ReturnUpload> Uploads { get; private set; } = [];

    public IReadOnlyList<LocalAuthorityOption> LocalAuthorities { get; private set; } = [];

    public bool CanUpload { get; private set; }

    public async Task OnGetAsync()
    {
        CanUpload = (await authorization.AuthorizeAsync(User, Policies.UploadReturns)).Succeeded;
        LocalAuthorities = await returns.LocalAuthoritiesAsync(User);
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        (Total, Uploads) = await returns.ListAsync(La, null, PageNumber, PageSize);
    }

    public string PageLink(int page) =>
        "/returns" + QueryString.Create(new Dictionary<string, string?> { ["la"] = La, ["page"] = page.ToString(CultureInfo.InvariantCulture) }).ToUriComponent();
}
