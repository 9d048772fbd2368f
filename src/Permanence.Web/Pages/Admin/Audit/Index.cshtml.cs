using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Permanence.Application;
using Permanence.Application.Admin.Audit;
using Permanence.Data.Model.Audit;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Pages.Admin.Audit;

public class IndexModel(AuditLog auditLog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    /// <summary>From ?page=N (read by hand: Razor Pages reserves the "page" route value).</summary>
    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + AuditSearch.PageSize - 1) / AuditSearch.PageSize);

    public IReadOnlyList<AuditSearch.Row> Rows { get; private set; } = [];

    public IEnumerable<SelectListItem> ActionOptions { get; } =
        new[] { new SelectListItem("Any", "") }.Concat(Enum.GetNames<AuditAction>().Select(a => new SelectListItem(a, a)));

    public string NextLink
    {
        get
        {
            var query = new QueryBuilder(Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
            {
                { "page", (PageNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            };
            return "/admin/audit" + query.ToQueryString();
        }
    }

    public async Task OnGetAsync()
    {
        var unreadable = new FieldErrors();
        var from = From.Read(nameof(From), "From date", unreadable);
        var to = To.Read(nameof(To), "To date", unreadable);
        if (!unreadable.IsEmpty)
        {
            ModelState.AddErrors(OperationResult.Invalid(unreadable), prefix: "");
            return;
        }

        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        (Total, Rows) = await auditLog.SearchAsync(new AuditSearch(UserName, RecordId, Action, from, to), PageNumber);
    }
}
