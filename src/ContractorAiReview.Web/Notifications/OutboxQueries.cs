using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Notifications;

public enum OutboxState
{
    Waiting,
    Delivered,
    Failed,
}

public sealed record OutboxRow(
    long Id, string Template, string ToEmail, string Subject, DateTimeOffset CreatedAtUtc, int Attempts, OutboxState State,
    DateTimeOffset? DeliveredAtUtc, DateTimeOffset NextAttemptAtUtc, string? LastError);

/// <summary>The columns the outbox sorts by (<see cref="OutboxQueries.ListAsync"/>).</summary>
public static class OutboxSort
{
    public const string Created = "created";
    public const string To = "to";
    public const string Subject = "subject";
    public const string Attempts = "attempts";

    /// <summary>The newest first unless sorted otherwise.</summary>
    internal static readonly SortColumns<OutboxMessage> Columns = new SortColumns<OutboxMessage>()
        .Add(Created, m => m.CreatedAtUtc)
        .Add(To, m => m.ToEmail)
        .Add(Subject, m => m.Subject)
        .Add(Attempts, m => m.Attempts)
        .Default(Created, descending: true)
        .ThenBy(m => m.Id);
}

/// <summary>The administrator's view of the e-mail outbox, a page at a time: what waits, what failed (and trying it again), what went out.</summary>
public sealed class OutboxQueries(IDbContextFactory<AppDbContext> dbFactory, OutboxSignal signal, TimeProvider clock)
{
    public async Task<Page<OutboxRow>> ListAsync(CurrentUser user, OutboxState? state, PageRequest page, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return Page<OutboxRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.OutboxMessages.AsNoTracking();
        query = state switch
        {
            OutboxState.Waiting => query.Where(m => m.DeliveredAtUtc == null && m.FailedAtUtc == null),
            OutboxState.Delivered => query.Where(m => m.DeliveredAtUtc != null),
            OutboxState.Failed => query.Where(m => m.FailedAtUtc != null),
            _ => query,
        };
        return await query.ToPageAsync(
            page, OutboxSort.Columns,
            m => new OutboxRow(
                m.Id, m.Template, m.ToEmail, m.Subject, m.CreatedAtUtc, m.Attempts,
                m.DeliveredAtUtc != null ? OutboxState.Delivered : m.FailedAtUtc != null ? OutboxState.Failed : OutboxState.Waiting,
                m.DeliveredAtUtc, m.NextAttemptAtUtc, m.LastError),
            ct);
    }

    /// <summary>Sends a message that failed again, now.</summary>
    public async Task<CommandResult> RetryAsync(CurrentUser user, long id, CancellationToken ct = default)
    {
        if (user.Role != Roles.Administrator)
        {
            return CommandResult.Forbidden;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.FailedAtUtc != null, ct);
        if (message is null)
        {
            return CommandResult.NotFound;
        }

        message.Retry(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return CommandResult.Ok((int)id);
    }
}
