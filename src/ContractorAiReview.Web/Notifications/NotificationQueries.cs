using System.Linq.Expressions;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, int? RequestId, string RequestNumber, DateTimeOffset CreatedAtUtc, bool IsRead);

/// <summary>The columns the notification list sorts by (<see cref="NotificationQueries.ListAsync"/>).</summary>
public static class NotificationSort
{
    public const string Created = "created";
    public const string Request = "request";

    /// <summary>The newest first unless sorted otherwise, along the (person, created at) index.</summary>
    internal static readonly SortColumns<Notification> Columns = new SortColumns<Notification>()
        .Add(Created, n => n.CreatedAtUtc)
        .Add(Request, n => n.RequestNumber)
        .Default(Created, descending: true)
        .ThenBy(n => n.Id);
}

/// <summary>A person's own notifications: nobody reads or marks another person's.</summary>
public sealed class NotificationQueries(IDbContextFactory<AppDbContext> dbFactory, NotificationSignals signals, TimeProvider clock)
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
            .Select(Row)
            .ToListAsync(ct);
    }

    /// <summary>A page of all the person's notifications (only the unread ones if asked), the newest first unless sorted otherwise.</summary>
    public async Task<Page<NotificationRow>> ListAsync(CurrentUser user, bool unreadOnly, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        if (unreadOnly)
        {
            mine = mine.Where(n => n.ReadAtUtc == null);
        }

        return await mine.ToPageAsync(page, NotificationSort.Columns, Row, ct);
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
        if (unread.Count > 0)
        {
            // The bells of the person's open pages (this one's too) count again, on every instance.
            signals.Publish(new HashSet<string> { user.UserId });
        }
    }

    private static readonly Expression<Func<Notification, NotificationRow>> Row =
        n => new NotificationRow(n.Id, n.Kind, n.RequestId, n.RequestNumber, n.CreatedAtUtc, n.ReadAtUtc != null);
}
