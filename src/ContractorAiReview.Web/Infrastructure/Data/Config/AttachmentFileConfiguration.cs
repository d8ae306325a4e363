using ContractorAiReview.Web.Requests.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class AttachmentFileConfiguration : IEntityTypeConfiguration<AttachmentFile>
{
    public void Configure(EntityTypeBuilder<AttachmentFile> builder)
    {
        builder.ToTable("AttachmentFiles");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(a => a.RequestId);
    }
}
