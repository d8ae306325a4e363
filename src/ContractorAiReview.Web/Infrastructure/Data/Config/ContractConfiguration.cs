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
        builder.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Contractor).WithMany().HasForeignKey(c => c.ContractorId).OnDelete(DeleteBehavior.Restrict);
    }
}
