using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Audit;

namespace Permanence.Web.Pages.Admin.Audit;

/// <summary>Search of the audit log, shared by the page and the API. The DbContext's filter limits it to what the administrator may see.</summary>
public sealed record AuditSearch(string? User, string? RecordId, string? Action, DateOnly? From, DateOnly? To)
{
    public const int PageSize = 50;

    /// <summary>One entry: who (and their organisation), when, what action on which record (and whose record), which fields.</summary>
    public sealed record Row(
        long Id,
        DateTime OccurredAtUtc,
        string Action,
        string UserName,
        string? UserOrganisationName,
        string RecordType,
        string? RecordId,
        string? ChangedFields,
        string? Context,
        string? OrganisationName
    );

    public IQueryable<AuditEntry> Apply(PermanenceDbContext db)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(User))
        {
            var name = User.Trim().ToUpperInvariant();
            query = query.Where(a => a.UserName.ToUpper().Contains(name));
        }

        if (!string.IsNullOrWhiteSpace(RecordId))
        {
            var id = RecordId.Trim();
            query = query.Where(a => a.RecordId == id);
        }

        if (Enum.TryParse<AuditAction>(Action, true, out var action) && !int.TryParse(Action, CultureInfo.InvariantCulture, out _))
        {
            query = query.Where(a => a.Action == action);
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc < end);
        }

        return query;
    }

    public async Task<(int Total, List<Row> Rows)> RunAsync(PermanenceDbContext db, int page)
    {
        var query = Apply(db);
        var total = await query.CountAsync();
        var entries = await query
            .OrderByDescending(a => a.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new { a.Id, a.OccurredAtUtc, a.Action, a.UserName, a.UserOrganisationId, a.RecordType, a.RecordId, a.ChangedFields, a.Context, Owner = a.OwningOrganisation != null ? a.OwningOrganisation.Name : null })
            .ToListAsync();
        var userOrganisationIds = entries.Where(e => e.UserOrganisationId != null).Select(e => e.UserOrganisationId!.Value).Distinct().ToList();
        var names = await db.Organisations.Where(o => userOrganisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var rows = entries
            .Select(e => new Row(
                e.Id, e.OccurredAtUtc, e.Action.ToString(), e.UserName,
                e.UserOrganisationId is { } id ? names.GetValueOrDefault(id) : null,
                e.RecordType, e.RecordId, e.ChangedFields, e.Context, e.Owner))
            .ToList();
        return (total, rows);
    }
}
