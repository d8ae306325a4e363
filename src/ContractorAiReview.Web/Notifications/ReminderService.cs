using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Notifications;

/// <summary>
/// One reminder sent: for a request, of a kind, for a due date. Unique on the three, so that two app instances (or two
/// runs) never remind of the same deadline twice: the second insert fails and its notifications with it.
/// </summary>
public sealed class ReminderLog
{
    public long Id { get; private set; }
    public int RequestId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset SentAtUtc { get; private set; }

    private ReminderLog()
    {
    }

    public static ReminderLog For(int requestId, NotificationKind kind, DateOnly dueOn, DateTimeOffset nowUtc) =>
        new() { RequestId = requestId, Kind = kind, DueOn = dueOn, SentAtUtc = nowUtc };
}

/// <summary>
/// Reminds people of deadlines in business days and escalates what is late: the business day before a step's deadline
/// and on the day, to whoever holds the task (or the step's people while nobody does); once it is past, to the
/// department's approvers (or the administrators where it has none); and the contractor the business day before a
/// resubmit-by date. Runs every <see cref="Interval"/> on the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReminderService(
    IDbContextFactory<AppDbContext> dbFactory, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminders failed; they are tried again in {Interval}.", Interval);
            }

            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    /// <summary>Sends what is due today; returns how many reminders were sent (not counting those another run sent).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var today = JapaneseDate.JapanDateOf(clock.GetUtcNow());
        var nextBusinessDay = BusinessCalendar.AddBusinessDays(today, 1);
        List<(int Id, NotificationKind Kind, DateOnly DueOn)> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var waiting = await db.Requests.AsNoTracking()
                .Where(r => RequestStatuses.AwaitingDecision.Contains(r.Status) && r.StepDueOn != null && r.StepDueOn <= nextBusinessDay)
                .Select(r => new { r.Id, DueOn = r.StepDueOn!.Value })
                .ToListAsync(ct);
            var returned = await db.Requests.AsNoTracking()
                .Where(r => RequestStatuses.AwaitingResubmission.Contains(r.Status) && r.ResubmitBy == nextBusinessDay)
                .Select(r => new { r.Id, DueOn = r.ResubmitBy!.Value })
                .ToListAsync(ct);
            due =
            [
                .. waiting.Select(r => (r.Id, r.DueOn < today ? NotificationKind.Overdue : r.DueOn == today ? NotificationKind.DueToday : NotificationKind.DueSoon, r.DueOn)),
                .. returned.Select(r => (r.Id, NotificationKind.ResubmitSoon, r.DueOn)),
            ];
            var ids = due.Select(d => d.Id).Distinct().ToList();
            var sent = await db.ReminderLogs.Where(l => ids.Contains(l.RequestId)).Select(l => new { l.RequestId, l.Kind, l.DueOn }).ToListAsync(ct);
            due = [.. due.Where(d => !sent.Any(s => s.RequestId == d.Id && s.Kind == d.Kind && s.DueOn == d.DueOn))];
        }

        var count = 0;
        foreach (var (id, kind, dueOn) in due)
        {
            count += await RemindAsync(id, kind, dueOn, ct) ? 1 : 0;
        }

        return count;
    }

    private async Task<bool> RemindAsync(int requestId, NotificationKind kind, DateOnly dueOn, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.Requests.AsNoTracking().WithContract().SingleAsync(r => r.Id == requestId, ct);
        db.ReminderLogs.Add(ReminderLog.For(requestId, kind, dueOn, clock.GetUtcNow()));
        var to = kind switch
        {
            NotificationKind.ResubmitSoon => Recipients.TheContractor,
            NotificationKind.Overdue => new Recipients.Escalation(),
            _ => Recipients.WhoeverHolds(request)!,
        };
        await notifier.NotifyAsync(db, request, kind, to, new Dictionary<string, string?> { ["Holder"] = request.AssigneeName }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance sent this reminder first (the unique key): nothing of ours was saved.
            return false;
        }
    }
}
