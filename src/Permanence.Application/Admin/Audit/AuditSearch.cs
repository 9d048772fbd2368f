using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Permanence.Data;
using Permanence.Data.Model.Audit;

namespace Permanence.Application.Admin.Audit;

/// <summary>A search of the audit log as read at the boundary: part of a user name, a record id, an action and a range of days.</summary>
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
}

/// <summary>One page of the search and how many entries match in all.</summary>
public sealed record AuditPage(int Total, IReadOnlyList<AuditSearch.Row> Rows);

/// <summary>Search of the audit log, for the page and the API. The DbContext's filter limits it to what the administrator may see.</summary>
public sealed class AuditLog(PermanenceDbContext db) : IApplicationService
{
    private IQueryable<AuditEntry> Apply(AuditSearch search)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.User))
        {
            var name = search.User.Trim().ToUpperInvariant();
            query = query.Where(a => a.UserName.ToUpper().Contains(name));
        }

        if (!string.IsNullOrWhiteSpace(search.RecordId))
        {
            var id = search.RecordId.Trim();
            query = query.Where(a => a.RecordId == id);
        }

        if (Enum.TryParse<AuditAction>(search.Action, true, out var action) && !int.TryParse(search.Action, CultureInfo.InvariantCulture, out _))
        {
            query = query.Where(a => a.Action == action);
        }

        if (search.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc >= start);
        }

        if (search.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc < end);
        }

        return query;
    }

    public async Task<AuditPage> SearchAsync(AuditSearch search, int page)
    {
        var query = Apply(search);
        var total = await query.CountAsync();
        var entries = await query
            .OrderByDescending(a => a.Id)
            .Skip((Math.Max(page, 1) - 1) * AuditSearch.PageSize)
            .Take(AuditSearch.PageSize)
            .Select(a => new { a.Id, a.OccurredAtUtc, a.Action, a.UserName, a.UserOrganisationId, a.RecordType, a.RecordId, a.ChangedFields, a.Context, Owner = a.OwningOrganisation != null ? a.OwningOrganisation.Name : null })
            .ToListAsync();
        var userOrganisationIds = entries.Where(e => e.UserOrganisationId != null).Select(e => e.UserOrganisationId!.Value).Distinct().ToList();
        var names = await db.Organisations.Where(o => userOrganisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var rows = entries
            .Select(e => new AuditSearch.Row(
                e.Id, e.OccurredAtUtc, e.Action.ToString(), e.UserName,
                e.UserOrganisationId is { } id ? names.GetValueOrDefault(id) : null,
                e.RecordType, e.RecordId, e.ChangedFields, e.Context, e.Owner))
            .ToList();
        return new AuditPage(total, rows);
    }
}
