using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Permanence.Data.Model.Returns;

namespace Permanence.Data.Mappings;

public class ReturnUploadMapping : IEntityTypeConfiguration<ReturnUpload>
{
    public void Configure(EntityTypeBuilder<ReturnUpload> builder)
    {
        builder.ToTable("return_uploads");
        builder.Property(u => u.UploadedByUserId).HasMaxLength(450);
        builder.Property(u => u.UploadedByName).HasMaxLength(256);
        builder.Property(u => u.ImportedByName).HasMaxLength(256);
        builder
            .HasOne(u => u.OwningOrganisation)
            .WithMany()
            .HasForeignKey(u => u.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Files).WithOne().HasForeignKey(f => f.UploadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.OwningOrganisationId, u.YearEnding, u.UploadedAtUtc }).HasDatabaseName("ix_return_uploads_owner_year");
    }
}

public class ReturnUploadFileMapping : IEntityTypeConfiguration<ReturnUploadFile>
{
    public void Configure(EntityTypeBuilder<ReturnUploadFile> builder)
    {
        builder.ToTable("return_upload_files");
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.Property(f => f.Table).HasMaxLength(20);
        builder
            .HasOne(f => f.OwningOrganisation)
            .WithMany()
            .HasForeignKey(f => f.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.UploadId).HasDatabaseName("ix_return_upload_files_upload");
    }
}
