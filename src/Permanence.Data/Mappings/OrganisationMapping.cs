using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Mappings;

public class OrganisationMapping : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.ShortName).HasMaxLength(60);
        builder.Property(o => o.LaCode).HasMaxLength(3);
        builder.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(o => o.LaCode).IsUnique().HasDatabaseName("ix_organisations_la_code");
        builder.HasIndex(o => o.ShortName).IsUnique().HasDatabaseName("ix_organisations_short_name");
        builder
            .HasOne(o => o.Region)
            .WithMany(r => r.Organisations)
            .HasForeignKey(o => o.RegionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(o => o.SignInSuffix);
    }
}
