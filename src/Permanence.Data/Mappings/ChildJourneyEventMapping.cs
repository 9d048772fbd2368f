using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Children;

namespace Permanence.Data.Mappings;

public class ChildJourneyEventMapping : IEntityTypeConfiguration<ChildJourneyEvent>
{
    public void Configure(EntityTypeBuilder<ChildJourneyEvent> builder)
    {
        builder.ToTable("child_journey_events");

        // The app assigns the id (the recorder checks an event before it is saved), so an event
        // added to a loaded child's list is new, not an existing row to update.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Routes).HasConversion<string>().HasMaxLength(200);
        builder.Property(e => e.EarlyPermanence).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder
            .HasOne(e => e.Child)
            .WithMany(c => c.JourneyEvents)
            .HasForeignKey(e => e.ChildId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(e => e.OwningOrganisation)
            .WithMany()
            .HasForeignKey(e => e.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ChildId, e.Date }).HasDatabaseName("ix_child_journey_events_child_date");
        builder.HasIndex(e => new { e.OwningOrganisationId, e.Type, e.Date }).HasDatabaseName("ix_child_journey_events_owner_type_date");
    }
}
