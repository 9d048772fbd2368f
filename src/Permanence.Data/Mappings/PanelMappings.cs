using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Panels;

namespace Permanence.Data.Mappings;

public class PanelMemberMapping : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.ToTable("panel_members");
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasOne(m => m.OwningOrganisation).WithMany().HasForeignKey(m => m.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PanelMeetingMapping : IEntityTypeConfiguration<PanelMeeting>
{
    public void Configure(EntityTypeBuilder<PanelMeeting> builder)
    {
        builder.ToTable("panel_meetings");
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(m => m.OwningOrganisation).WithMany().HasForeignKey(m => m.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OwningOrganisationId, m.MeetingDate }).HasDatabaseName("ix_panel_meetings_owner_date");
    }
}

public class PanelAttendanceMapping : IEntityTypeConfiguration<PanelAttendance>
{
    public void Configure(EntityTypeBuilder<PanelAttendance> builder)
    {
        builder.ToTable("panel_attendance");
        builder.HasKey(a => new { a.MeetingId, a.MemberId });
        builder.HasOne(a => a.Meeting).WithMany(m => m.Attendance).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OwningOrganisation).WithMany().HasForeignKey(a => a.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PanelAgendaItemMapping : IEntityTypeConfiguration<PanelAgendaItem>
{
    public void Configure(EntityTypeBuilder<PanelAgendaItem> builder)
    {
        builder.ToTable("panel_agenda_items");
        builder.Property(i => i.RecommendationNotes).HasMaxLength(4000);
        builder.Property(i => i.DecisionReasons).HasMaxLength(4000);
        builder.Property(i => i.DecidedBy).HasMaxLength(256);
        builder.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(i => i.Meeting).WithMany(m => m.Items).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Household).WithMany().HasForeignKey(i => i.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Child).WithMany().HasForeignKey(i => i.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.MatchLink).WithMany().HasForeignKey(i => i.MatchLinkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.OwningOrganisation).WithMany().HasForeignKey(i => i.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
