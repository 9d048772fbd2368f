using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Permanence.Data.Auditing;
using Permanence.Data.Model.Adopters;
using Permanence.Domain.Adopters;
using Permanence.Data.Model;
using Permanence.Data.Model.Audit;
using Permanence.Data.Model.Calendar;
using Permanence.Data.Model.Panels;
using Permanence.Domain.Panels;
using Permanence.Data.Model.Children;
using Permanence.Data.Model.Identity;
using Permanence.Data.Model.Matching;
using Permanence.Domain.Matching;
using Permanence.Data.Model.Organisations;
using Permanence.Data.Model.Returns;
using Permanence.Data.Scoping;
using Permanence.Domain.Children;
using Permanence.Domain.Organisations;

namespace Permanence.Data;

public class PermanenceDbContext(
    DbContextOptions<PermanenceDbContext> options,
    IDataScope scope,
    TimeProvider clock
) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    private readonly Dictionary<(string Type, string Id), int> _pendingReads = [];

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<ChildJourneyEvent> ChildJourneyEvents => Set<ChildJourneyEvent>();

    public DbSet<SiblingGroup> SiblingGroups => Set<SiblingGroup>();

    public DbSet<AdopterHousehold> AdopterHouseholds => Set<AdopterHousehold>();

    public DbSet<AdopterCheck> AdopterChecks => Set<AdopterCheck>();

    public DbSet<AdopterPause> AdopterPauses => Set<AdopterPause>();

    public DbSet<ApprovalReview> ApprovalReviews => Set<ApprovalReview>();

    public DbSet<BankHolidayDay> BankHolidays => Set<BankHolidayDay>();

    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();

    public DbSet<PanelMeeting> PanelMeetings => Set<PanelMeeting>();

    public DbSet<PanelAttendance> PanelAttendance => Set<PanelAttendance>();

    public DbSet<PanelAgendaItem> PanelAgendaItems => Set<PanelAgendaItem>();

    public DbSet<MatchLink> MatchLinks => Set<MatchLink>();

    public DbSet<MatchLinkVisit> MatchLinkVisits => Set<MatchLinkVisit>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReturnUpload> ReturnUploads => Set<ReturnUpload>();

    /// <summary>
    /// The keys that protect sign-in cookies, tokens and antiforgery tokens, kept in the database so
    /// that a restart or a second instance does not sign everybody out.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public IDataScope Scope => scope;

    /// <summary>
    /// Bulk loads by the system (the demo generator) write one summary audit entry instead of
    /// one per record. Refused for anyone but the system.
    /// </summary>
    internal bool SuppressChangeAudit
    {
        get;
        set => field = value && scope.IsSystem
            ? true
            : value ? throw new InvalidOperationException("Only the system may bulk-load without per-record audit.") : false;
    }

    public TimeProvider Clock => clock;

    // The query filters read these per query, so one model serves every user.
    private bool ScopeIsSystem => scope.IsSystem;

    private int ScopeOrganisationId => scope.OrganisationId ?? -1;

    private int ScopeRegionId => scope.RegionWide ? scope.RegionId ?? -1 : -1;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<OrganisationType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Sex>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AdopterStage>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<AdopterOutcome>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<EnquirySource>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<StatutoryCheckKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<CheckOutcome>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PanelType>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PanelRole>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<AgendaItemKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<PanelRecommendation>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<AgencyDecision>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<MatchLinkStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<LinkingMeetingOutcome>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<DeclineReason>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<InterAgencyFeeStatus>().HaveConversion<string>().HaveMaxLength(30);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PermanenceDbContext).Assembly);

        // Data isolation, in one place: every record owned by an organisation is visible only to
        // that organisation's staff and to RAA staff of its region.
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(IOwnedByOrganisation).IsAssignableFrom(entityType.ClrType))
            {
                GetType()
                    .GetMethod(nameof(ApplyOrganisationFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(entityType.ClrType)
                    .Invoke(this, [builder]);
            }
        }

        builder
            .Entity<AuditEntry>()
            .HasQueryFilter(a =>
                ScopeIsSystem
                || a.OwningOrganisationId == ScopeOrganisationId
                || (a.OwningOrganisationId == null && ScopeRegionId != -1)
                || a.OwningOrganisation!.RegionId == ScopeRegionId
            );
    }

    private void ApplyOrganisationFilter<T>(ModelBuilder builder)
        where T : class, IOwnedByOrganisation =>
        builder
            .Entity<T>()
            .HasQueryFilter(e =>
                ScopeIsSystem
                || e.OwningOrganisationId == ScopeOrganisationId
                || e.OwningOrganisation!.RegionId == ScopeRegionId
            );

    /// <summary>Called by <see cref="AuditReadInterceptor"/> for every personal record loaded.</summary>
    internal void NoteRead(IPersonalRecord record)
    {
        _pendingReads.TryAdd((record.GetType().Name, record.AuditId), record.OwningOrganisationId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        await EnforceWriteScopeAsync(cancellationToken);
        var audit = SuppressChangeAudit ? [] : ChangeAudit.Describe(ChangeTracker, scope, now);

        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is IConcurrencyStamped stamped && entry.State == EntityState.Modified)
            {
                stamped.ConcurrencyStamp = Guid.NewGuid();
            }

            if (entry.Entity is ITimestamped timestamped)
            {
                if (entry.State == EntityState.Added)
                {
                    timestamped.CreatedAtUtc = now;
                    timestamped.UpdatedAtUtc = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    timestamped.UpdatedAtUtc = now;
                }
            }
        }

        AuditEntries.AddRange(audit);
        AuditEntries.AddRange(TakePendingReads(now));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Writes the audit entries for personal records read since the last save. It uses a
    /// separate context so that nothing else tracked here (say, an edit that failed validation)
    /// is saved along with them.
    /// </summary>
    public async Task FlushReadAuditAsync(CancellationToken cancellationToken = default)
    {
        if (_pendingReads.Count == 0)
        {
            return;
        }

        var entries = TakePendingReads(clock.GetUtcNow().UtcDateTime);
        await using var writer = new PermanenceDbContext(
            options,
            new SystemDataScope(scope.ActorName),
            clock
        );
        writer.AuditEntries.AddRange(entries);
        await writer.SaveChangesAsync(cancellationToken);
    }

    private List<AuditEntry> TakePendingReads(DateTime now)
    {
        var entries = _pendingReads
            .Select(r => new AuditEntry
            {
                OccurredAtUtc = now,
                Action = AuditAction.Read,
                UserId = scope.UserId,
                UserName = scope.ActorName,
                UserOrganisationId = scope.OrganisationId,
                RecordType = r.Key.Type,
                RecordId = r.Key.Id,
                OwningOrganisationId = r.Value,
                Context = scope.Context,
            })
            .ToList();
        _pendingReads.Clear();
        return entries;
    }

    private async Task EnforceWriteScopeAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }
        }

        if (scope.IsSystem)
        {
            return;
        }

        var owners = ChangeTracker
            .Entries<IOwnedByOrganisation>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e =>
                e.State == EntityState.Modified
                    ? new[] { e.Entity.OwningOrganisationId, (int)e.Property(nameof(IOwnedByOrganisation.OwningOrganisationId)).OriginalValue! }
                    : [e.Entity.OwningOrganisationId]
            )
            .Distinct()
            .ToList();
        if (owners.Count == 0)
        {
            return;
        }

        var regionOf = await Organisations
            .AsNoTracking()
            .Where(o => owners.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.RegionId, cancellationToken);
        foreach (var owner in owners)
        {
            var allowed =
                owner == scope.OrganisationId
                || (scope.RegionWide && regionOf.TryGetValue(owner, out var region) && region == scope.RegionId);
            if (!allowed)
            {
                throw new OutOfScopeWriteException();
            }
        }
    }
}

/// <summary>A write to a record of an organisation the user cannot see. Never shown to users as is.</summary>
public sealed class OutOfScopeWriteException : InvalidOperationException
{
    public OutOfScopeWriteException()
        : base("The record belongs to an organisation outside the user's scope.") { }
}
