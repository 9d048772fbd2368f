using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Permanence.Data.Model;
using Permanence.Data.Model.Audit;
using Permanence.Data.Scoping;

namespace Permanence.Data.Auditing;

/// <summary>Turns pending changes to personal records into audit entries (field names, never values).</summary>
internal static class ChangeAudit
{
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(IConcurrencyStamped.ConcurrencyStamp),
        nameof(ITimestamped.CreatedAtUtc),
        nameof(ITimestamped.UpdatedAtUtc),
    ];

    public static List<AuditEntry> Describe(ChangeTracker tracker, IDataScope scope, DateTime now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries<IPersonalRecord>())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            var fields = entry
                .Properties.Where(p =>
                    !Bookkeeping.Contains(p.Metadata.Name)
                    && !p.Metadata.IsPrimaryKey()
                    && (entry.State != EntityState.Modified || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                )
                .Select(p => p.Metadata.Name)
                .ToList();
            if (action == AuditAction.Update && fields.Count == 0)
            {
                continue;
            }

            entries.Add(
                new AuditEntry
                {
                    OccurredAtUtc = now,
                    Action = action.Value,
                    UserId = scope.UserId,
                    UserName = scope.ActorName,
                    UserOrganisationId = scope.OrganisationId,
                    RecordType = entry.Entity.GetType().Name,
                    RecordId = entry.Entity.AuditId,
                    OwningOrganisationId = entry.Entity.OwningOrganisationId,
                    ChangedFields = action == AuditAction.Delete ? null : string.Join(",", fields),
                    Context = scope.Context,
                }
            );
        }

        return entries;
    }
}
