using System.Text.Json;
using System.Text.Json.Serialization;
using ContractorAiReview.Domain.Organisations;
using ContractorAiReview.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class ApprovalRouteConfiguration : IEntityTypeConfiguration<ApprovalRoute>
{
    private static readonly JsonSerializerOptions StepsJson = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<ApprovalRoute> builder)
    {
        builder.ToTable("ApprovalRoutes");
        builder.HasIndex(r => new { r.DepartmentId, r.Version }).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);

        // A version's steps are read and written whole and never change: one JSON document.
        builder.Property(r => r.Steps)
            .HasConversion(
                steps => JsonSerializer.Serialize(steps, StepsJson),
                json => JsonSerializer.Deserialize<List<RouteStep>>(json, StepsJson) ?? new List<RouteStep>(),
                new ValueComparer<IReadOnlyList<RouteStep>>(
                    (a, b) => a!.SequenceEqual(b!),
                    steps => steps.Aggregate(0, (hash, step) => HashCode.Combine(hash, step)),
                    steps => steps.ToList()));
    }
}
