using ContractorAiReview.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContractorAiReview.Web.Infrastructure.Data.Config;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.RequestNumber).HasMaxLength(20);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        builder.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.Template).HasMaxLength(40);
        builder.Property(m => m.ToEmail).HasMaxLength(256);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.DeliveredAtUtc, m.FailedAtUtc, m.NextAttemptAtUtc });
        // The administrator's list, the newest first (OutboxSort).
        builder.HasIndex(m => m.CreatedAtUtc);
    }
}

public sealed class ReminderLogConfiguration : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        // One reminder per request, kind and due date, whichever instance sends it.
        builder.HasIndex(l => new { l.RequestId, l.Kind, l.DueOn }).IsUnique();
    }
}
