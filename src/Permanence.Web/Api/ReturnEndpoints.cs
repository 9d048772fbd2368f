using System.Security.Claims;
using Permanence.Application;
using Permanence.Application.Returns;
using Permanence.Data.Model.Returns;
using Permanence.Data.Returns;
using Permanence.Ssda903;
using Permanence.Ssda903.Reading;
using Permanence.Ssda903.Rules;
using Permanence.Web.Infrastructure.Auth;
using Permanence.Web.Infrastructure.Forms;
using Permanence.Web.Infrastructure.Operations;

namespace Permanence.Web.Api;

/// <summary>SSDA903 returns: the same uploads, reports and drill-down as the pages under /returns.</summary>
public static class ReturnEndpoints
{
    public sealed record UploadDto(
        Guid Id,
        string LaCode,
        string LaName,
        int YearEnding,
        string CollectionYear,
        DateTime UploadedAtUtc,
        string UploadedBy,
        int Children,
        int Episodes,
        int ValidationErrors,
        int RulesBroken,
        bool HasPreviousYear,
        DateTime? ImportedAtUtc,
        string? ImportedBy
    )
    {
        public static UploadDto From(ReturnUpload u) =>
            new(
                u.Id,
                u.OwningOrganisation?.LaCode ?? "",
                u.OwningOrganisation?.Name ?? "",
                u.YearEnding,
                new CollectionYear(u.YearEnding).Label,
                u.UploadedAtUtc,
                u.UploadedByName,
                u.ChildCount,
                u.EpisodeCount,
                u.ErrorCount,
                u.RulesBroken,
                u.HasPreviousYear,
                u.ImportedAtUtc,
                u.ImportedByName
            );
    }

    public sealed record FileDto(string Name, string Table, bool PreviousYear, int Length);

    /// <summary>The validation report: the upload, its files, and errors counted by rule (drill down with /errors?rule=).</summary>
    public sealed record ReportDto(UploadDto Upload, IReadOnlyList<FileDto> Files, int ErrorCount, IReadOnlyList<RuleCount> ByRule, IReadOnlyList<ReadProblem> Problems);

    /// <summary>One row that breaks a rule, with the values of the fields the rule looks at.</summary>
    public sealed record ErrorDto(string Code, string Message, string Table, string File, int Row, string Child, string Fields, IReadOnlyDictionary<string, string> Values);

    public static void MapReturnEndpoints(this RouteGroupBuilder api)
    {
        var returns = api.MapGroup("/returns").RequireAuthorization(Policies.ViewReturns);
        returns.MapGet("/", List).WithSummary("SSDA903 returns uploaded by the LAs you can see, newest first.");
        returns.MapPost("/", Upload)
            .RequireAuthorization(Policies.UploadReturns)
            .DisableAntiforgery()
            .WithSummary("Upload your LA's SSDA903 return and validate it.")
            .WithDescription(
                "multipart/form-data with the fields year (the year the collection ends in, e.g. 2026 for 2025 to 2026), files "
                    + "(the CSV files of the year's return, one per table) and optionally previousFiles (last year's). Up to 20 MB in total. "
                    + "A return with any file that cannot be read is refused whole (400, with problems by file, row and column) and nothing is stored."
            )
            .Produces<ReportDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        returns.MapGet("/{id:guid}", Get).WithName("GetReturn").WithSummary("An upload's validation report: errors counted by rule.");
        returns.MapPost("/{id:guid}/import", Import)
            .RequireAuthorization(Policies.UploadReturns)
            .Produces<ReturnImportResult>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Import an upload into the tracker: children and journey events, in one transaction. A re-import changes nothing.");
        returns.MapGet("/{id:guid}/reconciliation", Reconcile).WithSummary("Where the upload's return and the tracker disagree: children in one only, and dates that differ.");
        returns.MapGet("/{id:guid}/errors", Errors).WithSummary("The rows of an upload that break the rules (one rule with ?rule=), a page at a time.");
    }

    private static async Task<IResult> List(ReturnOperations returns, string? laCode, int? year, int? page, int? pageSize)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(page ?? 1, 1);
        var (total, items) = await returns.ListAsync(laCode, year, number, size);
        return Results.Ok(new Paged<UploadDto>(number, size, total, items.Select(UploadDto.From).ToList()));
    }

    private static async Task<IResult> Upload(HttpRequest request, ReturnOperations returns, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var form = await ReturnFilesForm.ReadAsync(request, cancellationToken);
        if (form.TooLarge)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload is too large", detail: ReturnFilesForm.TooBigMessage + ".");
        }

        var result = form.FormRead ? await returns.UploadAsync(form.Input, user, form.Errors, cancellationToken) : OperationResult<ReturnUploadOutcome>.Invalid(form.Errors);
        if (!result.Succeeded)
        {
            return result.ToProblem();
        }

        if (result.Value!.Upload is not { } upload)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The files cannot be read",
                detail: "Nothing was stored. Correct the problems and upload the files again.",
                extensions: new Dictionary<string, object?> { ["problems"] = result.Value.Problems }
            );
        }

        var report = await returns.ReportAsync(upload.Id, cancellationToken);
        return Results.CreatedAtRoute("GetReturn", new { id = upload.Id }, ToDto(report!));
    }

    private static async Task<IResult> Get(Guid id, ReturnOperations returns, CancellationToken cancellationToken) =>
        await returns.ReportAsync(id, cancellationToken) is { } report ? Results.Ok(ToDto(report)) : NotFound();

    private static async Task<IResult> Errors(Guid id, string? rule, int? page, int? pageSize, ReturnOperations returns, CancellationToken cancellationToken)
    {
        var report = await returns.ReportAsync(id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(rule) && !RuleCatalogue.All.ContainsKey(rule.Trim()))
        {
            return OperationResult.Invalid("Rule", "There is no DfE rule with that code").ToProblem();
        }

        var size = Math.Clamp(pageSize ?? 100, 1, 1000);
        var number = Math.Max(page ?? 1, 1);
        var errors = string.IsNullOrWhiteSpace(rule) ? report.Errors : report.Errors.Where(e => e.Code == rule.Trim()).ToList();
        var items = errors
            .Skip((number - 1) * size)
            .Take(size)
            .Select(e => new ErrorDto(e.Code, e.Message, e.Table.ToString(), e.File, e.Row, e.Child, e.Fields, report.FieldValues(e).ToDictionary(kv => kv.Key, kv => kv.Value)))
            .ToList();
        return Results.Ok(new Paged<ErrorDto>(number, size, errors.Count, items));
    }

    public sealed record TrackerChildDto(Guid Id, string? LocalReference, string Name, DateOnly DateEnteredCare);

    public sealed record DifferenceDto(string Child, Guid TrackerChildId, IReadOnlyList<DateDifference> Dates);

    public sealed record ReconciliationDto(int ChildrenCompared, IReadOnlyList<ReturnOnlyChild> OnlyInReturn, IReadOnlyList<TrackerChildDto> OnlyInTracker, IReadOnlyList<DifferenceDto> Differences);

    private static async Task<IResult> Import(Guid id, ReturnOperations returns, CancellationToken cancellationToken)
    {
        var report = await returns.ReportAsync(id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (report.Problems.Count > 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The files cannot be read", detail: "Upload the return again: nothing was imported.");
        }

        return (await returns.ImportAsync(report, cancellationToken)).ToHttpResult(imported => Results.Ok(imported));
    }

    private static async Task<IResult> Reconcile(Guid id, ReturnOperations returns, CancellationToken cancellationToken)
    {
        if (await returns.ReconcileAsync(id, cancellationToken) is not { Result: var x })
        {
            return NotFound();
        }

        return Results.Ok(new ReconciliationDto(
            x.ChildrenCompared,
            x.OnlyInReturn,
            x.OnlyInTracker.Select(c => new TrackerChildDto(c.Id, c.LocalReference, c.FullName, c.DateEnteredCare)).ToList(),
            x.Differences.Select(d => new DifferenceDto(d.Child, d.TrackerChild.Id, d.Dates)).ToList()));
    }

    private static ReportDto ToDto(ReturnReport report) =>
        new(
            UploadDto.From(report.Upload),
            report.Upload.Files.Select(f => new FileDto(f.FileName, f.Table, f.PreviousYear, f.Length)).ToList(),
            report.Errors.Count,
            report.ByRule,
            report.Problems
        );

    private static IResult NotFound() => OperationResult.NotFound(ReturnOperations.NotFoundMessage).ToProblem();
}
