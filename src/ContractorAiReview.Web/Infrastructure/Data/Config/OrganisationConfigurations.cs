using ContractorAiReview.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Bureau).HasMaxLength(100);
        builder.Property(d => d.Section).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Phone).HasMaxLength(40);
        builder.Property(d => d.Email).HasMaxLength(256);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

public sealed class ContractorConfiguration : IEntityTypeConfiguration<Contractor>
{
    public void Configure(EntityTypeBuilder<Contractor> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.Property(c => c.RepresentativeTitle).HasMaxLength(100);
        builder.Property(c => c.RepresentativeName).HasMaxLength(100);
        builder.Property(c => c.CorporateNumber).HasMaxLength(13).IsFixedLength();
        builder.HasIndex(c => c.Name).IsUnique();
        // Several sole proprietors have none; both SQLite and PostgreSQL let NULLs repeat in a unique index.
        builder.HasIndex(c => c.CorporateNumber).IsUnique();
    }
}
