using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Children;

namespace Permanence.Data.Mappings;

public class ChildMapping : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("children");
        builder.Property(c => c.GivenName).HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasMaxLength(100);
        builder.Property(c => c.LocalReference).HasMaxLength(10);
        builder.Property(c => c.EthnicityCode).HasMaxLength(4);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(c => c.FullName);
        builder.Property(c => c.MatchingNeeds).HasMaxLength(500);
        builder.Property(c => c.Religion).HasMaxLength(50);
        builder.Property(c => c.FirstLanguage).HasMaxLength(50);
        builder
            .HasOne(c => c.OwningOrganisation)
            .WithMany()
            .HasForeignKey(c => c.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.FamilyFinderId).HasMaxLength(450);
        builder
            .HasOne(c => c.FamilyFinder)
            .WithMany()
            .HasForeignKey(c => c.FamilyFinderId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.FamilyFinderId).HasDatabaseName("ix_children_family_finder");
        builder.HasIndex(c => new { c.OwningOrganisationId, c.FamilyName, c.GivenName }).HasDatabaseName("ix_children_owner_name");
        builder
            .HasIndex(c => new { c.OwningOrganisationId, c.LocalReference })
            .IsUnique()
            .HasDatabaseName("ix_children_owner_local_reference");
    }
}
