using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application;
using Permanence.Application.Scorecard;
using Permanence.Domain.Calendar;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Scorecard;

public class IndexModel(ScorecardFigures scorecard, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    /// <summary>The year ending 31 March; the last complete year when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Whose trend to chart: an LA code, or the whole region.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Trend { get; set; }

    public ScorecardReport Report { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<LocalAuthorityOption> LocalAuthorities { get; private set; } = [];

    public bool CanSeeChildren { get; private set; }

    public string? YearError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return new FileContentResult(TableExport.ToCsv(ScorecardExport.ToExport(Report)), "text/csv; charset=utf-8") { FileDownloadName = $"adoption-scorecard-{Report.YearEnding}.csv" };
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return new FileContentResult(TableExport.ToExcel(ScorecardExport.ToExport(Report)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = $"adoption-scorecard-{Report.YearEnding}.xlsx" };
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var last = ScorecardMeasures.LastCompleteYear(today);
        Years = Enumerable.Range(0, 6).Select(i => last + 1 - i).ToList();
        if (Year is { } y && !ScorecardMeasures.IsValidYear(y, today))
        {
            YearError = $"Year must be between 2010 and {last + 1}";
            ModelState.AddModelError("year", YearError);
            Year = null;
        }

        CanSeeChildren = (await authorization.AuthorizeAsync(User, Policies.ViewScorecardChildren)).Succeeded;
        LocalAuthorities = await scorecard.LocalAuthoritiesAsync(User, cancellationToken);
        Report = await scorecard.LoadAsync(User, Year ?? last, Trend, today, cancellationToken);
    }

    public string ChildrenLink(string measure, string? laCode, int years) =>
        "/scorecard/children" + QueryString.Create(new Dictionary<string, string?>
        {
            ["measure"] = measure,
            ["year"] = Report.YearEnding.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["la"] = laCode,
            ["years"] = years.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => kv.Value is not null)).ToUriComponent();

    public string ExportLink(string handler) =>
        $"/scorecard?year={Report.YearEnding}&handler={handler}";
}
