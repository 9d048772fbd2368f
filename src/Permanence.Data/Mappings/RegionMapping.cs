using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Organisations;

namespace Permanence.Data.Mappings;

public class RegionMapping : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.Property(r => r.Name).HasMaxLength(200);
    }
}
