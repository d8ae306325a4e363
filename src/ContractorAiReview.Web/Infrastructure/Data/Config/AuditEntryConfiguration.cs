using ContractorAiReview.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.SubjectEmail).HasMaxLength(256);
        builder.Property(e => e.Target).HasMaxLength(200);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(500);
        // The administrator's filters: by account, by kind of event, newest first.
        builder.HasIndex(e => e.SubjectEmail);
        // The search filters by event and lists the newest first (AuditSort).
        builder.HasIndex(e => new { e.Event, e.OccurredAtUtc });
        builder.HasIndex(e => e.OccurredAtUtc);
    }
}
