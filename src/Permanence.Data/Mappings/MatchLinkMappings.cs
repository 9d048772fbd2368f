using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Matching;

namespace Permanence.Data.Mappings;

public class MatchLinkMapping : IEntityTypeConfiguration<MatchLink>
{
    public void Configure(EntityTypeBuilder<MatchLink> builder)
    {
        builder.ToTable("match_links");
        builder.Property(l => l.ShortlistedBy).HasMaxLength(256);
        builder.Property(l => l.ShortlistedById).HasMaxLength(450);
        builder.Property(l => l.PresentedName).HasMaxLength(200);
        builder.Property(l => l.PresentedAgency).HasMaxLength(200);
        builder.Property(l => l.PresentedArea).HasMaxLength(100);
        builder.Property(l => l.PresentedApprovalRange).HasMaxLength(4000);
        builder.Property(l => l.LinkingMeetingNotes).HasMaxLength(4000);
        builder.Property(l => l.MatchDecisionReasons).HasMaxLength(4000);
        builder.Property(l => l.MatchDecidedBy).HasMaxLength(256);
        builder.Property(l => l.CloseNotes).HasMaxLength(4000);
        builder.Property(l => l.FeeAmount).HasPrecision(9, 2);
        builder.Property(l => l.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(l => l.State);
        builder.HasOne(l => l.OwningOrganisation).WithMany().HasForeignKey(l => l.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Child).WithMany().HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Household).WithMany().HasForeignKey(l => l.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ChildId, l.Status }).HasDatabaseName("ix_match_links_child_status");
        builder.HasIndex(l => new { l.HouseholdId, l.Status }).HasDatabaseName("ix_match_links_household_status");
        builder.HasIndex(l => new { l.OwningOrganisationId, l.Status }).HasDatabaseName("ix_match_links_owner_status");
    }
}

public class MatchLinkVisitMapping : IEntityTypeConfiguration<MatchLinkVisit>
{
    public void Configure(EntityTypeBuilder<MatchLinkVisit> builder)
    {
        builder.ToTable("match_link_visits");
        builder.Property(v => v.Visitors).HasMaxLength(500);
        builder.Property(v => v.Notes).HasMaxLength(4000);
        builder.HasOne(v => v.MatchLink).WithMany(l => l.Visits).HasForeignKey(v => v.MatchLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.OwningOrganisation).WithMany().HasForeignKey(v => v.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
