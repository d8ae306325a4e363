using ContractorAiReview.Web.Guidelines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class GuidelineAdoptionConfiguration : IEntityTypeConfiguration<GuidelineAdoption>
{
    public void Configure(EntityTypeBuilder<GuidelineAdoption> builder)
    {
        builder.Property(a => a.GuidelineKey).HasMaxLength(100);
        builder.Property(a => a.AdoptedByUserId).HasMaxLength(450);
        builder.Property(a => a.AdoptedByName).HasMaxLength(200);
    }
}
