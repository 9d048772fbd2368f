using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Permanence.Application.Security;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Returns;
using Permanence.Data.Returns;
using Permanence.Domain.Calendar;
using Permanence.Ssda903;
using Permanence.Ssda903.Rules;

namespace Permanence.Application.Returns;

/// <summary>An LA's return to store, as read at the boundary: the collection year as sent and the CSV files.</summary>
public sealed record UploadReturn(string? Year, IReadOnlyList<UploadedReturnFile> Files);

/// <summary>One page of uploads and how many there are in all.</summary>
public sealed record UploadPage(int Total, IReadOnlyList<ReturnUpload> Uploads);

/// <summary>An upload's report and where its return and the tracker disagree.</summary>
public sealed record ReconciledReturn(ReturnReport Report, Reconciliation Result);

/// <summary>Every validation error of an upload as an Excel workbook.</summary>
public sealed record ErrorsWorkbook(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// SSDA903 returns for the pages and the API alike: upload, list, validate, import and reconcile.
/// Isolation comes from the DbContext's filters; storing, importing and reconciling are Data's.
/// </summary>
public sealed class ReturnOperations(PermanenceDbContext db, TimeProvider clock) : IApplicationService
{
    public const string NotFoundMessage = "There is no upload with that id that you can see.";

    /// <summary>The uploads the user may see, newest first, optionally of one LA and year.</summary>
    public async Task<UploadPage> ListAsync(string? laCode, int? yearEnding, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var uploads = db.ReturnUploads.AsQueryable();
        if (!string.IsNullOrWhiteSpace(laCode))
        {
            var code = laCode.Trim();
            uploads = uploads.Where(u => u.OwningOrganisation!.LaCode == code);
        }

        if (yearEnding is { } year)
        {
            uploads = uploads.Where(u => u.YearEnding == year);
        }

        var total = await uploads.CountAsync(cancellationToken);
        var items = await uploads
            .OrderByDescending(u => u.UploadedAtUtc).ThenByDescending(u => u.Id)
            .Include(u => u.OwningOrganisation)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new UploadPage(total, items);
    }

    /// <summary>The LAs whose uploads the user can see (their own, or the region's for RAA staff).</summary>
    public Task<IReadOnlyList<LocalAuthorityOption>> LocalAuthoritiesAsync(ClaimsPrincipal user) => LocalAuthorityScope.OptionsAsync(db, user);

    /// <summary>
    /// Validates and stores the user's LA's return. Invalid when the year or the files are missing
    /// or wrong; otherwise the outcome, which has no upload when a file cannot be read (nothing stored).
    /// </summary>
    /// <param name="unreadable">What the boundary could not take (too many or too large files).</param>
    public async Task<OperationResult<ReturnUploadOutcome>> UploadAsync(UploadReturn input, ClaimsPrincipal user, FieldErrors? unreadable = null, CancellationToken cancellationToken = default)
    {
        // The year is the form's first field, so its message comes first.
        var errors = new FieldErrors();
        var year = ReadYear(input.Year, clock.Today(), errors);
        if (unreadable is not null) errors.AddRange(unreadable);
        if (!input.Files.Any(f => !f.PreviousYear)) errors.Add(nameof(input.Files), "Select the CSV files of the year's return");
        if (!errors.IsEmpty) return OperationResult<ReturnUploadOutcome>.Invalid(errors);

        return OperationResult<ReturnUploadOutcome>.Ok(await ReturnUploads.StoreAsync(db, user.GetOrganisationId()!.Value, year!.Value, input.Files, cancellationToken));
    }

    private static CollectionYear? ReadYear(string? value, DateOnly today, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(nameof(UploadReturn.Year), "Select the collection year");
            return null;
        }

        if (!int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var yearEnding) || !new CollectionYear(yearEnding).IsUploadableOn(today))
        {
            errors.Add(nameof(UploadReturn.Year), $"Collection year must be a year ending between {CollectionYear.Earliest} and {CollectionYear.Containing(today).YearEnding}");
            return null;
        }

        return new CollectionYear(yearEnding);
    }

    /// <summary>An upload read back and validated, or null when it does not exist or is not the user's to see.</summary>
    public async Task<ReturnReport?> ReportAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var upload = await db.ReturnUploads
            .Include(u => u.OwningOrganisation)
            .Include(u => u.Files)
            .AsSplitQuery()
            .AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return upload is null || upload.Files.Count == 0 ? null : ReturnUploads.Report(upload);
    }

    /// <summary>An upload whose files can all be read; null otherwise (there is nothing to import or compare).</summary>
    public async Task<ReturnReport?> ReadableReportAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ReportAsync(id, cancellationToken) is { Problems.Count: 0 } report ? report : null;

    /// <summary>Children of the return already in the tracker (matched on local reference).</summary>
    public Task<int> AlreadyInTrackerAsync(ReturnReport report, CancellationToken cancellationToken = default)
    {
        var references = report.Current.Header.Select(h => h.Child).Distinct().ToList();
        return db.Children.CountAsync(c => c.OwningOrganisationId == report.Upload.OwningOrganisationId && c.LocalReference != null && references.Contains(c.LocalReference), cancellationToken);
    }

    /// <summary>Imports a readable return into the tracker in one transaction; a conflict when a child changed meanwhile (nothing imported).</summary>
    public async Task<OperationResult<ReturnImportResult>> ImportAsync(ReturnReport report, CancellationToken cancellationToken = default)
    {
        try
        {
            return OperationResult<ReturnImportResult>.Ok(await ReturnImport.ImportAsync(db, report, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<ReturnImportResult>.Conflict(ReturnImport.ConcurrentChangeMessage);
        }
    }

    /// <summary>Where a readable upload's return and the tracker disagree; null when there is no such upload.</summary>
    public async Task<ReconciledReturn?> ReconcileAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ReadableReportAsync(id, cancellationToken) is { } report ? new ReconciledReturn(report, await ReturnReconciliation.CompareAsync(db, report, cancellationToken)) : null;

    /// <summary>
    /// The workbook of an upload's errors. Downloading them takes children's ids out of the
    /// service, so it is logged as an export.
    /// </summary>
    public async Task<OperationResult<ErrorsWorkbook>> ExportErrorsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await ReportAsync(id, cancellationToken) is not { } report) return OperationResult<ErrorsWorkbook>.NotFound(NotFoundMessage);
        db.AuditEntries.Add(
            new AuditEntry
            {
                OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
                Action = AuditAction.Export,
                UserId = db.Scope.UserId,
                UserName = db.Scope.ActorName,
                UserOrganisationId = db.Scope.OrganisationId,
                RecordType = nameof(ReturnUpload),
                RecordId = report.Upload.Id.ToString(),
                OwningOrganisationId = report.Upload.OwningOrganisationId,
                Context = db.Scope.Context,
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        using var stream = new MemoryStream();
        ValidationWorkbook.Write(stream, report.Errors);
        return OperationResult<ErrorsWorkbook>.Ok(new ErrorsWorkbook($"ssda903-{report.Upload.OwningOrganisation?.LaCode}-{report.Upload.YearEnding}-validation.xlsx", stream.ToArray()));
    }
}
