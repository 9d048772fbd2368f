using Permanence.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Data;
using Permanence.Domain.Adopters;
using Permanence.Web.Infrastructure.Auth;

namespace Permanence.Web.Pages.Adopters;

/// <summary>The recruitment funnel for the performance officer and service manager, with Excel and CSV exports.</summary>
[Authorize(Policy = Policies.ViewFunnel)]
public class FunnelModel(PermanenceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public RecruitmentFunnel.Result? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format)
    {
        var today = clock.Today();
        var (from, to, errors) = FunnelReport.Period(From, To, today);
        if (errors.Count > 0)
        {
            foreach (var (k, v) in errors) ModelState.AddModelError(k == "from" ? nameof(From) : nameof(To), v);
            return Page();
        }

        From = from.ToString("yyyy-MM-dd");
        To = to.ToString("yyyy-MM-dd");
        Result = await FunnelReport.ComputeAsync(db, from, to, today);
        return format switch
        {
            "xlsx" => File(FunnelReport.Excel(Result), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"recruitment-funnel-{From}-{To}.xlsx"),
            "csv" => File(FunnelReport.Csv(Result), "text/csv", $"recruitment-funnel-{From}-{To}.csv"),
            _ => Page(),
        };
    }
}
