using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// Tells open pages that a person has new notifications, so the bell's count changes at once: the pages of this
/// instance directly, those of other instances through <see cref="PostgreSqlSignalRelay"/> (on PostgreSQL). Pages also
/// look again every minute, should a signal be lost.
/// </summary>
public sealed class NotificationSignals
{
    /// <summary>People with new notifications, for the open pages of this instance.</summary>
    public event Action<IReadOnlySet<string>>? Changed;

    /// <summary>The same, raised only for changes saved on this instance: what the relay passes to the others.</summary>
    public event Action<IReadOnlySet<string>>? Published;

    /// <summary>A change saved on this instance.</summary>
    public void Publish(IReadOnlySet<string> userIds)
    {
        if (userIds.Count > 0)
        {
            Changed?.Invoke(userIds);
            Published?.Invoke(userIds);
        }
    }

    /// <summary>A change saved on another instance.</summary>
    public void Receive(IReadOnlySet<string> userIds)
    {
        if (userIds.Count > 0)
        {
            Changed?.Invoke(userIds);
        }
    }
}

/// <summary>
/// After a save that added notifications or outbox messages: signals the people's open pages and wakes the
/// dispatcher. Only after the commit (of the save, or of the transaction it ran in, as when the journal chains it),
/// so nobody is told of a change that was rolled back or that a reader could not yet see.
/// </summary>
public sealed class NotificationSaveInterceptor(NotificationSignals signals, OutboxSignal outbox) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed class Pending
    {
        public HashSet<string> People { get; } = [];
        public bool Mail { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

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
        FlushUnlessInTransaction(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushUnlessInTransaction(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var pending = _pending.GetOrCreateValue(context);
        pending.People.UnionWith(added.OfType<Notification>().Select(n => n.UserId));
        pending.Mail |= added.OfType<OutboxMessage>().Any();
    }

    private void FlushUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Flush(context);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        signals.Publish(pending.People);
        if (pending.Mail)
        {
            outbox.Wake();
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
