using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Adopters;

namespace Permanence.Data.Mappings;

public class AdopterHouseholdMapping : IEntityTypeConfiguration<AdopterHousehold>
{
    public void Configure(EntityTypeBuilder<AdopterHousehold> builder)
    {
        builder.ToTable("adopter_households");
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.Property(h => h.Area).HasMaxLength(100);
        builder.Property(h => h.ConcurrencyStamp).IsConcurrencyToken();
        builder
            .HasOne(h => h.OwningOrganisation)
            .WithMany()
            .HasForeignKey(h => h.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.OwningOrganisationId, h.Stage }).HasDatabaseName("ix_adopter_households_owner_stage");
    }
}
