using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permanence.Application.Tracker;
using Permanence.Domain.Children.Journey;
using Permanence.Domain.Staff;
using Permanence.Web.Infrastructure.Exports;

namespace Permanence.Web.Pages.Tracker;

public class IndexModel(TrackerQueries tracker) : PageModel
{
    public const int PageSize = 50;

    public sealed record Option(string Value, string Text);

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    /// <summary>"yes", "no" or empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Finder { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"desc" or empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<TrackerRow> Rows { get; private set; } = [];

    public IReadOnlyList<Option> LocalAuthorities { get; private set; } = [];

    public IReadOnlyList<Option> FamilyFinders { get; private set; } = [];

    public TrackerOptions Thresholds { get; private set; } = new();

    public DateOnly Today { get; private set; }

    public string EffectiveSort => TrackerFilter.Sorts.Contains(Sort) ? Sort! : TrackerQueries.DefaultSort(User);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await FilteredAsync(cancellationToken);
        Total = rows.Count;
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? Math.Min(page, PageCount) : 1;
        Rows = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        await tracker.AuditShownAsync(Rows, cancellationToken);
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => ExportAsync(TableExport.Csv, cancellationToken);

    public Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken) => ExportAsync(TableExport.Excel, cancellationToken);

    private async Task<IActionResult> ExportAsync(string format, CancellationToken cancellationToken)
    {
        var rows = await FilteredAsync(cancellationToken);
        await tracker.AuditShownAsync(rows, cancellationToken);
        var file = TableExport.File(TrackerExport.ToExport(rows), format, Today);
        return new ResultActionResult(file);
    }

    private async Task<IReadOnlyList<TrackerRow>> FilteredAsync(CancellationToken cancellationToken)
    {
        // The filters are drop-downs: a value the page does not offer is ignored, not refused.
        var input = new TrackerFilterInput(
            La,
            Enum.TryParse<JourneyStage>(Stage, out var stage) && stage.IsTracked() ? stage.ToString() : null,
            Priority switch { "yes" => true, "no" => false, _ => null },
            Finder,
            EffectiveSort,
            Dir == "desc"
        );
        var loaded = (await tracker.LoadAsync(input, User, cancellationToken)).Value!;
        Today = loaded.AsAt;
        Thresholds = loaded.Thresholds;
        LocalAuthorities = loaded.Unfiltered.Select(r => new Option(r.LaCode, r.LaName)).Distinct().OrderBy(o => o.Text, StringComparer.Ordinal).ToList();
        var finders = loaded.Unfiltered.Where(r => r.FamilyFinderId is not null)
            .Select(r => new Option(r.FamilyFinderId!, r.FamilyFinderName ?? r.FamilyFinderId!))
            .Distinct()
            .OrderBy(o => o.Text, StringComparer.Ordinal)
            .ToList();
        if (User.IsInRole(nameof(StaffRole.FamilyFinder)))
        {
            finders.Insert(0, new Option(TrackerFilter.Mine, "Mine"));
        }

        finders.Add(new Option(TrackerFilter.Unallocated, "Not allocated"));
        FamilyFinders = finders;
        return loaded.Rows;
    }

    public static IEnumerable<JourneyStage> TrackedStages => Enum.GetValues<JourneyStage>().Where(s => s.IsTracked());

    /// <summary>This page's address with the current filters and one value changed.</summary>
    public string Link(string? sort = null, string? dir = null, int? page = null, string? handler = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["la"] = La,
            ["stage"] = Stage,
            ["priority"] = Priority,
            ["finder"] = Finder,
            ["sort"] = sort ?? Sort,
            ["dir"] = sort is null ? Dir : dir,
            ["page"] = page?.ToString(CultureInfo.InvariantCulture),
            ["handler"] = handler,
        };
        return "/tracker" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
    }

    /// <summary>The link of a column heading: sorts by it, or the other way when it already sorts by it.</summary>
    public string SortLink(string sort) => Link(sort, EffectiveSort == sort && Dir != "desc" ? "desc" : null);

    public string AriaSort(string sort) => EffectiveSort != sort ? "none" : Dir == "desc" ? "descending" : "ascending";

    /// <summary>Runs an <see cref="IResult"/> (the shared export file) from a page handler.</summary>
    private sealed class ResultActionResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
