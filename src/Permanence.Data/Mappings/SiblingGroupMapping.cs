using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Children;

namespace Permanence.Data.Mappings;

public class SiblingGroupMapping : IEntityTypeConfiguration<SiblingGroup>
{
    public void Configure(EntityTypeBuilder<SiblingGroup> builder)
    {
        builder.ToTable("sibling_groups");
        builder.Property(g => g.ConcurrencyStamp).IsConcurrencyToken();
        builder
            .HasOne(g => g.OwningOrganisation)
            .WithMany()
            .HasForeignKey(g => g.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder
            .HasMany(g => g.Children)
            .WithOne(c => c.SiblingGroup)
            .HasForeignKey(c => c.SiblingGroupId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
