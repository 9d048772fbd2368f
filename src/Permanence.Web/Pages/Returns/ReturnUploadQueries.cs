using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Returns;
using Permanence.Data.Returns;
using Permanence.Domain.Organisations;

namespace Permanence.Web.Pages.Returns;

/// <summary>Loading uploads for the pages and the API alike (isolation comes from the DbContext's filters).</summary>
public static class ReturnUploadQueries
{
    public const int PageSize = 25;

    public sealed record LaOption(string Code, string Name);

    /// <summary>The uploads the user may see, newest first, optionally of one LA and year.</summary>
    public static IQueryable<ReturnUpload> List(PermanenceDbContext db, string? laCode, int? yearEnding)
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

        return uploads.OrderByDescending(u => u.UploadedAtUtc).ThenByDescending(u => u.Id);
    }

    /// <summary>An upload read back and validated, or null when it does not exist or is not the user's to see.</summary>
    public static async Task<ReturnReport?> ReportAsync(PermanenceDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.ReturnUploads
            .Include(u => u.OwningOrganisation)
            .Include(u => u.Files)
            .AsSplitQuery()
            .AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return upload is null || upload.Files.Count == 0 ? null : ReturnUploads.Report(upload);
    }

    /// <summary>The LAs whose uploads the user can see (their own, or the region's for RAA staff).</summary>
    public static Task<List<LaOption>> LocalAuthoritiesAsync(PermanenceDbContext db, int? organisationId, int? regionId, bool regionWide) =>
        db.Organisations
            .Where(o => o.Type == OrganisationType.LocalAuthority && (regionWide ? o.RegionId == regionId : o.Id == organisationId))
            .OrderBy(o => o.Name)
            .Select(o => new LaOption(o.LaCode!, o.Name))
            .ToListAsync();

    /// <summary>Downloading the errors takes children's ids out of the service: logged as an export.</summary>
    public static async Task AuditExportAsync(PermanenceDbContext db, ReturnUpload upload, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(
            new AuditEntry
            {
                OccurredAtUtc = db.Clock.GetUtcNow().UtcDateTime,
                Action = AuditAction.Export,
                UserId = db.Scope.UserId,
                UserName = db.Scope.ActorName,
                UserOrganisationId = db.Scope.OrganisationId,
                RecordType = nameof(ReturnUpload),
                RecordId = upload.Id.ToString(),
                OwningOrganisationId = upload.OwningOrganisationId,
                Context = db.Scope.Context,
            }
        );
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string WorkbookName(ReturnUpload upload) =>
        $"ssda903-{upload.OwningOrganisation?.LaCode}-{upload.YearEnding}-validation.xlsx";
}
