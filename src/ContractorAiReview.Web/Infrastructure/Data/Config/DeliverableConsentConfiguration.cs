using ContractorAiReview.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class DeliverableConsentConfiguration : IEntityTypeConfiguration<DeliverableConsent>
{
    public void Configure(EntityTypeBuilder<DeliverableConsent> builder)
    {
        builder.Property(c => c.ServiceName).HasMaxLength(200);
        builder.Property(c => c.Deliverable).HasMaxLength(2000);
        builder.Property(c => c.SimilarityCheck).HasMaxLength(4000);
        builder.Property(c => c.RequestedByUserId).HasMaxLength(450);
        builder.Property(c => c.DecidedByName).HasMaxLength(200);
        builder.Property(c => c.DecisionNote).HasMaxLength(4000);
        builder.HasIndex(c => c.RequestId);
        builder.HasOne<ConfirmationRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
