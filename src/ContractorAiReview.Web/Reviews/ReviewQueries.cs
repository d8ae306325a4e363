using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Reviews;

/// <summary>The department's task queues.</summary>
public enum TaskQueue
{
    /// <summary>担当中: held by me, at any step.</summary>
    Mine,
    /// <summary>未割当: waiting, unassigned, at a step my role holds: claim one.</summary>
    Unassigned,
    /// <summary>決裁待ち: at an approval step, held by me or unassigned (approvers).</summary>
    AwaitingMyApproval,
    /// <summary>期限超過: the department's tasks past their step's deadline or the decision date.</summary>
    Overdue,
    /// <summary>判断済み: requests I confirmed or returned.</summary>
    DecidedByMe,
}

/// <summary>A task as the queues list it: the request, the step it waits at, who holds it, since when, until when.</summary>
public sealed record TaskRow(
    int Id, string Number, RequestKind Kind, RequestStatus Status, string ContractName, string ContractorName,
    string? StepTitle, string? AssigneeName, DateTimeOffset? HeldSinceUtc, DateOnly? StepDueOn, DateOnly? DecisionDueOn, DateTimeOffset? DecidedAtUtc);

/// <summary>Reads the department's queues for one of its officers or approvers.</summary>
public sealed class ReviewQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static IReadOnlyList<TaskQueue> QueuesFor(CurrentUser user) =>
        user.Role == Roles.Approver
            ? [TaskQueue.AwaitingMyApproval, TaskQueue.Mine, TaskQueue.Overdue, TaskQueue.DecidedByMe]
            : [TaskQueue.Mine, TaskQueue.Unassigned, TaskQueue.Overdue, TaskQueue.DecidedByMe];

    /// <summary>Every queue of the person at once, so the tabs can show their counts.</summary>
    public async Task<IReadOnlyDictionary<TaskQueue, IReadOnlyList<TaskRow>>> QueuesAsync(CurrentUser user, CancellationToken ct = default)
    {
        var queues = QueuesFor(user);
        if (!user.IsDepartmentStaff)
        {
            return queues.ToDictionary(q => q, _ => (IReadOnlyList<TaskRow>)[]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = JapaneseDate.JapanDateOf(clock.GetUtcNow());
        var waiting = await db.Requests.VisibleTo(user).AsNoTracking()
            .Where(r => RequestStatuses.AwaitingDecision.Contains(r.Status))
            .Include(r => r.Route).Include(r => r.Contract!).ThenInclude(c => c.Contractor)
            .ToListAsync(ct);
        var decisions = await db.RequestTransitions.AsNoTracking()
            .Where(t => t.ActorUserId == user.UserId && RequestTriggers.Decisions.Contains(t.Trigger))
            .GroupBy(t => t.RequestId)
            .Select(g => new { RequestId = g.Key, At = g.Max(t => t.OccurredAtUtc) })
            .ToDictionaryAsync(d => d.RequestId, d => d.At, ct);
        var decidedIds = decisions.Keys.ToList();
        var decided = await db.Requests.VisibleTo(user).AsNoTracking()
            .Where(r => decidedIds.Contains(r.Id))
            .Include(r => r.Route).Include(r => r.Contract!).ThenInclude(c => c.Contractor)
            .ToListAsync(ct);

        TaskRow Row(ConfirmationRequest r, DateTimeOffset? decidedAt = null) => new(
            r.Id, r.Number, r.Kind, r.Status, r.Contract!.Name, r.Contract.Contractor!.Name, r.CurrentRouteStep?.Title, r.AssigneeName,
            r.HeldSinceUtc, r.StepDueOn, r.DecisionDueOn, decidedAt);

        IReadOnlyList<TaskRow> Queue(TaskQueue queue) => queue switch
        {
            TaskQueue.Mine => [.. waiting.Where(r => r.IsHeldBy(user.UserId)).OrderBy(r => r.StepDueOn).Select(r => Row(r))],
            TaskQueue.Unassigned => [.. waiting.Where(r => r.IsUnassigned && r.MayBeHeldBy(user.Role)).OrderBy(r => r.StepDueOn).Select(r => Row(r))],
            TaskQueue.AwaitingMyApproval => [.. waiting
                .Where(r => r.CurrentStep > 0 && r.MayBeHeldBy(user.Role) && (r.IsUnassigned || r.IsHeldBy(user.UserId)))
                .OrderBy(r => r.StepDueOn).Select(r => Row(r))],
            TaskQueue.Overdue => [.. waiting.Where(r => r.IsTaskOverdueOn(today)).OrderBy(r => r.StepDueOn).Select(r => Row(r))],
            TaskQueue.DecidedByMe => [.. decided
                .Select(r => Row(r, decisions[r.Id])).OrderByDescending(r => r.DecidedAtUtc)],
            _ => [],
        };

        return queues.ToDictionary(q => q, Queue);
    }
}
