using System.Text.Json;
using ContractorAiReview.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class ConfirmationRequestConfiguration : IEntityTypeConfiguration<ConfirmationRequest>
{
    private static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<ConfirmationRequest> builder)
    {
        builder.ToTable("ConfirmationRequests");
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.GuidelineVersion).HasMaxLength(100);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);
        builder.Property(r => r.ReturnReason).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.ContractorId);
        builder.HasIndex(r => new { r.DepartmentId, r.Status });
        builder.Ignore(r => r.IsEditable);

        // The form's answers are read and written whole: one JSON document, compared by value for change tracking.
        builder.Property(r => r.Content)
            .HasConversion(
                content => JsonSerializer.Serialize(content, ContentJson),
                json => JsonSerializer.Deserialize<RequestContent>(json, ContentJson) ?? new RequestContent(),
                new ValueComparer<RequestContent>(
                    (a, b) => JsonSerializer.Serialize(a, ContentJson) == JsonSerializer.Serialize(b, ContentJson),
                    c => JsonSerializer.Serialize(c, ContentJson).GetHashCode(StringComparison.Ordinal),
                    c => c.Clone()));

        builder.Property(r => r.AssigneeUserId).HasMaxLength(450);
        builder.Property(r => r.AssigneeName).HasMaxLength(200);
        builder.Property(r => r.SanctionReason).HasMaxLength(4000);
        builder.HasIndex(r => r.AssigneeUserId);
        builder.HasOne(r => r.Route).WithMany().HasForeignKey(r => r.RouteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Contract).WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConfirmationRequest>().WithMany().HasForeignKey(r => r.AmendsRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class RequestTransitionConfiguration : IEntityTypeConfiguration<RequestTransition>
{
    public void Configure(EntityTypeBuilder<RequestTransition> builder)
    {
        builder.Property(t => t.ActorUserId).HasMaxLength(450);
        builder.Property(t => t.ActorName).HasMaxLength(200);
        builder.Property(t => t.ActorRole).HasMaxLength(50);
        builder.Property(t => t.Reason).HasMaxLength(4000);
        builder.Property(t => t.HolderName).HasMaxLength(200);
        builder.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.RequestId, t.OccurredAtUtc });
    }
}
