using ContractorAiReview.Domain.Issuance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.Property(d => d.DocumentNumber).HasMaxLength(40);
        builder.HasIndex(d => d.DocumentNumber).IsUnique();
        builder.Property(d => d.VerificationCode).HasMaxLength(20);
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.IssuedByUserId).HasMaxLength(450);
        builder.HasIndex(d => d.RequestId);
        builder.HasIndex(d => d.ContractId);
        builder.HasOne<Domain.Contracts.Contract>().WithMany().HasForeignKey(d => d.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Requests.ConfirmationRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
