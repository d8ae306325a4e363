using ContractorAiReview.Web.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

/// <summary>Identity's user table, with the organisation columns the administrator's lists count and filter by.</summary>
public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        // The departments and companies pages count each row's people; the users page filters by organisation.
        builder.HasIndex(u => u.DepartmentId);
        builder.HasIndex(u => u.ContractorId);
    }
}
