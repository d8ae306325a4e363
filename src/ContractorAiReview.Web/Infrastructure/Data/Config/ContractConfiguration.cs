using ContractorAiReview.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.ContractNumber).HasMaxLength(50);
        builder.Property(c => c.SpecialSpecificationVersion).HasMaxLength(100);
        builder.Ignore(c => c.HasSpecialSpecification);
        builder.Ignore(c => c.CanHaveSpecialSpecification);
        builder.HasIndex(c => new { c.FiscalYear, c.ContractNumber }).IsUnique();
        // "My contracts" of a company or a department, the latest fiscal year first (ContractSort).
        builder.HasIndex(c => new { c.ContractorId, c.FiscalYear });
        builder.HasIndex(c => new { c.DepartmentId, c.FiscalYear });
        builder.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Contractor).WithMany().HasForeignKey(c => c.ContractorId).OnDelete(DeleteBehavior.Restrict);
    }
}
