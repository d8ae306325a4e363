using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// Tells open pages of this instance that a person has new notifications, so the bell's count changes at once; pages
/// also look again every minute, which covers other instances.
/// </summary>
public sealed class NotificationSignals
{
    public event Action<IReadOnlySet<string>>? Changed;

    public void Publish(IReadOnlySet<string> userIds)
    {
        if (userIds.Count > 0)
        {
            Changed?.Invoke(userIds);
        }
    }
}

/// <summary>
/// After a save that added notifications or outbox messages: signals the people's open pages and wakes the
/// dispatcher. Only after the commit, so nobody is told of a change that was rolled back.
/// </summary>
public sealed class NotificationSaveInterceptor(NotificationSignals signals, OutboxSignal outbox) : SaveChangesInterceptor
{
    private readonly AsyncLocal<(HashSet<string> People, bool Mail)?> _pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush();
        return base.SavedChanges(eventData, result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        _pending.Value = ([.. added.OfType<Notification>().Select(n => n.UserId)], added.OfType<OutboxMessage>().Any());
    }

    private void Flush()
    {
        if (_pending.Value is not { } pending)
        {
            return;
        }

        _pending.Value = null;
        signals.Publish(pending.People);
        if (pending.Mail)
        {
            outbox.Wake();
        }
    }
}
