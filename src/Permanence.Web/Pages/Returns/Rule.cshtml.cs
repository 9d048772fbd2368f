using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Returns;
using Permanence.Data.Returns;
using Permanence.Ssda903.Rules;

namespace Permanence.Web.Pages.Returns;

/// <summary>The rows of an upload that break one rule, with the values of the fields the rule looks at.</summary>
public class RuleModel(ReturnOperations returns) : PageModel
{
    public const int PageSize = 100;

    public ReturnReport Report { get; private set; } = null!;

    public RuleDescription Rule { get; private set; } = null!;

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(Guid id, string code, CancellationToken cancellationToken)
    {
        var report = await returns.ReportAsync(id, cancellationToken);
        if (report is null || !RuleCatalogue.All.TryGetValue(code, out var rule))
        {
            return NotFound();
        }

        Report = report;
        Rule = rule;
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        var all = report.Errors.Where(e => e.Code == rule.Code).ToList();
        Total = all.Count;
        Errors = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    public string PageLink(int page) => $"/returns/{Report.Upload.Id}/rules/{Uri.EscapeDataString(Rule.Code)}?page={page.ToString(CultureInfo.InvariantCulture)}";
}
