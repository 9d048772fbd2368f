using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Audit;

namespace Permanence.Data.Mappings;

public class AuditEntryMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.RecordType).HasMaxLength(60);
        builder.Property(a => a.RecordId).HasMaxLength(100);
        builder.Property(a => a.ChangedFields).HasMaxLength(2000);
        builder.Property(a => a.Context).HasMaxLength(300);
        builder
            .HasOne(a => a.OwningOrganisation)
            .WithMany()
            .HasForeignKey(a => a.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.OccurredAtUtc).HasDatabaseName("ix_audit_entries_occurred_at");
        builder.HasIndex(a => new { a.RecordType, a.RecordId }).HasDatabaseName("ix_audit_entries_record");
        builder.HasIndex(a => a.UserName).HasDatabaseName("ix_audit_entries_user_name");
    }
}
