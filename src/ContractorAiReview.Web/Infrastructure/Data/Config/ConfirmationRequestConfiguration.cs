using System.Text.Json;
using ContractorAiReview.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

/// <summary>A value read and written whole as one JSON document, compared by value for change tracking.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, Func<T> empty)
        where T : class =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<T>(json, Json) ?? empty(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!));
}

public sealed class ConfirmationRequestConfiguration : IEntityTypeConfiguration<ConfirmationRequest>
{
    public void Configure(EntityTypeBuilder<ConfirmationRequest> builder)
    {
        builder.ToTable("ConfirmationRequests");
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.GuidelineVersion).HasMaxLength(100);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);
        builder.Property(r => r.ReturnReason).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // The lists (RequestSort, TaskSort): a company's newest first; a department's filed ones by filing date; its waiting
        // tasks by the step's deadline.
        builder.HasIndex(r => new { r.ContractorId, r.CreatedAtUtc });
        builder.HasIndex(r => new { r.DepartmentId, r.Status, r.SubmittedAtUtc });
        // The overdue queue and its count: in deadline order, both deadlines in the index (no row read to filter).
        builder.HasIndex(r => new { r.DepartmentId, r.Status, r.StepDueOn, r.DecisionDueOn });
        // The department's list, latest filing first: walked in order, a page's rows only.
        builder.HasIndex(r => new { r.DepartmentId, r.SubmittedAtUtc });
        // The held-by-me and unassigned queues: equal on all three, then already in deadline order (no sort, the page's
        // rows only). Measured at 100,000 requests (docs/benchmarks.md).
        builder.HasIndex(r => new { r.DepartmentId, r.Status, r.AssigneeUserId, r.StepDueOn });
        builder.Ignore(r => r.IsEditable);

        // The form's answers are read and written whole: one JSON document.
        builder.Property(r => r.Content).HasJsonConversion(() => new RequestContent());
        builder.Property(r => r.ReturnItems).HasJsonConversion<IReadOnlyList<ReturnItem>>(() => []);

        builder.Property(r => r.AssigneeUserId).HasMaxLength(450);
        builder.Property(r => r.AssigneeName).HasMaxLength(200);
        builder.Property(r => r.SanctionReason).HasMaxLength(4000);
        builder.HasIndex(r => r.AssigneeUserId);
        builder.HasOne(r => r.Route).WithMany().HasForeignKey(r => r.RouteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Contract).WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConfirmationRequest>().WithMany().HasForeignKey(r => r.AmendsRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Submissions).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Submissions).HasField("_submissions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class RequestSubmissionConfiguration : IEntityTypeConfiguration<RequestSubmission>
{
    public void Configure(EntityTypeBuilder<RequestSubmission> builder)
    {
        builder.Property(s => s.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SubmittedByUserId).HasMaxLength(450);
        builder.Property(s => s.SubmittedByName).HasMaxLength(200);
        builder.Property(s => s.GuidelineVersion).HasMaxLength(100);
        builder.Property(s => s.ContentJson).HasColumnName("Content");
        builder.Ignore(s => s.Content);
        builder.HasIndex(s => new { s.RequestId, s.SubmittedAtUtc });
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
        // The "decided by me" queue: a person's decisions.
        builder.HasIndex(t => new { t.ActorUserId, t.Trigger, t.RequestId });
        builder.Property(t => t.ReturnItems!).HasJsonConversion<IReadOnlyList<ReturnItem>>(() => []);
    }
}
