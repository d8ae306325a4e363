using ContractorAiReview.Web.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class CatalogueRevisionConfiguration : IEntityTypeConfiguration<CatalogueRevision>
{
    public void Configure(EntityTypeBuilder<CatalogueRevision> builder)
    {
        builder.Property(r => r.SavedBy).HasMaxLength(200);
    }
}
