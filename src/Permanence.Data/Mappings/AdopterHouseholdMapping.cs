using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Adopters;
using Permanence.Data.Model.Calendar;

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
        builder.Property(h => h.PanelRecommendation).HasMaxLength(2000);
        builder.Property(h => h.OutcomeReason).HasMaxLength(2000);
        builder.Property(h => h.RangeHealthNeeds).HasMaxLength(1000);
        builder.Property(h => h.RangeHeritageConsiderations).HasMaxLength(1000);
        builder.Property(h => h.RangeLocation).HasMaxLength(1000);
        builder.Ignore(h => h.Range);
        builder.Property(h => h.RangeNeedsCanMeet).HasMaxLength(500);
        builder.Property(h => h.EthnicityCodes).HasMaxLength(100);
        builder.Property(h => h.Religion).HasMaxLength(50);
        builder.Property(h => h.Languages).HasMaxLength(500);
        builder.HasOne(h => h.LivesInLocalAuthority).WithMany().HasForeignKey(h => h.LivesInLocalAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.LivesInLocalAuthorityId).HasDatabaseName("ix_adopter_households_lives_in_la");
        builder.Ignore(h => h.Journey);
    }
}

public class AdopterCheckMapping : IEntityTypeConfiguration<AdopterCheck>
{
    public void Configure(EntityTypeBuilder<AdopterCheck> builder)
    {
        builder.ToTable("adopter_checks");
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.HasOne(c => c.Household).WithMany(h => h.Checks).HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.OwningOrganisation).WithMany().HasForeignKey(c => c.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class AdopterPauseMapping : IEntityTypeConfiguration<AdopterPause>
{
    public void Configure(EntityTypeBuilder<AdopterPause> builder)
    {
        builder.ToTable("adopter_pauses");
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.HasOne(p => p.Household).WithMany(h => h.Pauses).HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.OwningOrganisation).WithMany().HasForeignKey(p => p.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ApprovalReviewMapping : IEntityTypeConfiguration<ApprovalReview>
{
    public void Configure(EntityTypeBuilder<ApprovalReview> builder)
    {
        builder.ToTable("approval_reviews");
        builder.Property(r => r.HealthNeeds).HasMaxLength(1000);
        builder.Property(r => r.HeritageConsiderations).HasMaxLength(1000);
        builder.Property(r => r.NeedsCanMeet).HasMaxLength(500);
        builder.Property(r => r.Location).HasMaxLength(1000);
        builder.Property(r => r.Notes).HasMaxLength(4000);
        builder.HasOne(r => r.Household).WithMany(h => h.Reviews).HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.OwningOrganisation).WithMany().HasForeignKey(r => r.OwningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class BankHolidayDayMapping : IEntityTypeConfiguration<BankHolidayDay>
{
    public void Configure(EntityTypeBuilder<BankHolidayDay> builder)
    {
        builder.ToTable("bank_holidays");
        builder.HasKey(b => b.Date);
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.HasData(Permanence.Domain.Calendar.BankHolidays.EnglandAndWales.Select(h => new BankHolidayDay { Date = h.Date, Name = h.Name }));
    }
}
