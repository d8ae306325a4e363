using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, int? RequestId, string RequestNumber, DateTimeOffset CreatedAtUtc, bool IsRead);

/// <summary>A person's own notifications: nobody reads or marks another person's.</summary>
public sealed class NotificationQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int Shown = 20;

    public async Task<int> UnreadCountAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAtUtc == null, ct);
    }

    /// <summary>The newest <see cref="Shown"/>, unread first.</summary>
    public async Task<IReadOnlyList<NotificationRow>> LatestAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.Where(n => n.UserId == user.UserId)
            .OrderBy(n => n.ReadAtUtc != null).ThenByDescending(n => n.Id)
            .Take(Shown)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.RequestId, n.RequestNumber, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(ct);
    }

    /// <summary>Marks one (by id) or all of the person's notifications read; another person's id changes nothing.</summary>
    public async Task MarkReadAsync(CurrentUser user, long? id = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var unread = await db.Notifications
            .Where(n => n.UserId == user.UserId && n.ReadAtUtc == null && (id == null || n.Id == id))
            .ToListAsync(ct);
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(ct);
    }
}
