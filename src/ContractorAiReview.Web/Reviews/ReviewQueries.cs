using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;
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

/// <summary>The columns the task queues sort by (<see cref="ReviewQueries.QueueAsync"/>); the step's title is not one (it lives in the route).</summary>
public static class TaskSort
{
    public const string Number = "number";
    public const string Contract = "contract";
    public const string Contractor = "contractor";
    public const string Status = "status";
    public const string Holder = "holder";
    public const string StepDueOn = "stepDue";
    public const string DecidedAt = "decidedAt";
    public const string DecisionDueOn = "decisionDue";

    /// <summary>The waiting queues: the nearest step deadline first.</summary>
    internal static readonly SortColumns<TaskSource> ByStepDue = Columns().Default(StepDueOn, descending: false);

    /// <summary>The decided queue: the latest decision first.</summary>
    internal static readonly SortColumns<TaskSource> ByDecision = Columns().Default(DecidedAt, descending: true);

    private static SortColumns<TaskSource> Columns() => new SortColumns<TaskSource>()
        .Add(Number, t => t.Number)
        .Add(Contract, t => t.ContractName)
        .Add(Contractor, t => t.ContractorName)
        .Add(Status, t => t.Status)
        .Add(Holder, t => t.AssigneeName)
        .Add(StepDueOn, t => t.StepDueOn)
        .Add(DecidedAt, t => t.DecidedAtUtc)
        .Add(DecisionDueOn, t => t.DecisionDueOn)
        .ThenBy(t => t.Id);
}

/// <summary>A task as the database reads it, before its step is looked up in its route's steps.</summary>
internal sealed class TaskSource
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public RequestKind Kind { get; init; }
    public RequestStatus Status { get; init; }
    public string ContractName { get; init; } = "";
    public string ContractorName { get; init; } = "";
    public IReadOnlyList<RouteStep>? Steps { get; init; }
    public int? CurrentStep { get; init; }
    public string? AssigneeName { get; init; }
    public DateTimeOffset? HeldSinceUtc { get; init; }
    public DateOnly? StepDueOn { get; init; }
    public DateOnly? DecisionDueOn { get; init; }
    public DateTimeOffset? DecidedAtUtc { get; init; }

    public TaskRow ToRow() => new(
        Id, Number, Kind, Status, ContractName, ContractorName,
        RequestStatuses.AwaitingDecision.Contains(Status) && Steps is { } steps && CurrentStep is { } step && step < steps.Count ? steps[step].Title : null,
        AssigneeName, HeldSinceUtc, StepDueOn, DecisionDueOn, DecidedAtUtc);
}

/// <summary>Reads the department's queues for one of its officers or approvers, a page at a time.</summary>
public sealed class ReviewQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static IReadOnlyList<TaskQueue> QueuesFor(CurrentUser user) =>
        user.Role == Roles.Approver
            ? [TaskQueue.AwaitingMyApproval, TaskQueue.Mine, TaskQueue.Overdue, TaskQueue.DecidedByMe]
            : [TaskQueue.Mine, TaskQueue.Unassigned, TaskQueue.Overdue, TaskQueue.DecidedByMe];

    /// <summary>How many tasks each of the person's queues holds, for the tabs: one query, the counts as its columns.</summary>
    public async Task<IReadOnlyDictionary<TaskQueue, int>> CountsAsync(CurrentUser user, CancellationToken ct = default)
    {
        var queues = QueuesFor(user);
        if (!user.IsDepartmentStaff)
        {
            return queues.ToDictionary(q => q, _ => 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var steps = await StepsHeldByAsync(db, user, ct);
        var (first, second, third, fourth) = queues.Select(q => Requests(db, user, q, steps)).ToList() switch
        {
            [var a, var b, var c, var d] => (a, b, c, d),
            _ => throw new InvalidOperationException("Every person has four queues."),
        };
        var counts = await db.Departments.Where(d => d.Id == user.DepartmentId)
            .Select(_ => new[] { first.Count(), second.Count(), third.Count(), fourth.Count() })
            .SingleAsync(ct);
        return queues.Select((queue, i) => (queue, counts[i])).ToDictionary(c => c.queue, c => c.Item2);
    }

    /// <summary>One page of one of the person's queues: by the step's deadline, or the latest decision first for the decided.</summary>
    public async Task<Page<TaskRow>> QueueAsync(CurrentUser user, TaskQueue queue, PageRequest page, CancellationToken ct = default)
    {
        if (!user.IsDepartmentStaff || !QueuesFor(user).Contains(queue))
        {
            return Page<TaskRow>.Empty;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var columns = queue == TaskQueue.DecidedByMe ? TaskSort.ByDecision : TaskSort.ByStepDue;
        var read = await (await TasksAsync(db, user, queue, ct)).ToPageAsync(page, columns, ct);
        return read.Map(t => t.ToRow());
    }

    private async Task<IQueryable<TaskSource>> TasksAsync(AppDbContext db, CurrentUser user, TaskQueue queue, CancellationToken ct)
    {
        var steps = queue is TaskQueue.Unassigned or TaskQueue.AwaitingMyApproval ? await StepsHeldByAsync(db, user, ct) : [];
        var requests = Requests(db, user, queue, steps);
        var decisions = RequestTriggers.Decisions.ToList();
        var decided = queue == TaskQueue.DecidedByMe;

        return requests.Select(r => new TaskSource
        {
            Id = r.Id,
            Number = r.Number,
            Kind = r.Kind,
            Status = r.Status,
            ContractName = r.Contract!.Name,
            ContractorName = r.Contract.Contractor!.Name,
            Steps = r.Route!.Steps,
            CurrentStep = r.CurrentStep,
            AssigneeName = r.AssigneeName,
            HeldSinceUtc = r.HeldSinceUtc,
            StepDueOn = r.StepDueOn,
            DecisionDueOn = r.DecisionDueOn,
            // Only the decided queue shows it: elsewhere the subquery would run for every row the database sorts.
            DecidedAtUtc = decided
                ? db.RequestTransitions
                    .Where(t => t.RequestId == r.Id && t.ActorUserId == user.UserId && decisions.Contains(t.Trigger))
                    .OrderByDescending(t => t.OccurredAtUtc).Select(t => (DateTimeOffset?)t.OccurredAtUtc).FirstOrDefault()
                : null,
        });
    }

    /// <summary>The requests in one of the person's queues; <paramref name="steps"/>: the steps their role holds (<see cref="StepsHeldByAsync"/>).</summary>
    private IQueryable<ConfirmationRequest> Requests(AppDbContext db, CurrentUser user, TaskQueue queue, List<int> steps)
    {
        var visible = db.Requests.VisibleTo(user);
        var waiting = visible.Where(r => RequestStatuses.AwaitingDecision.Contains(r.Status));
        var decisions = RequestTriggers.Decisions.ToList();
        return queue switch
        {
            TaskQueue.Mine => waiting.Where(r => r.AssigneeUserId == user.UserId),
            TaskQueue.Unassigned => waiting.Where(r => r.AssigneeUserId == null).AtStepHeldBy(steps),
            TaskQueue.AwaitingMyApproval => waiting
                .Where(r => r.CurrentStep > 0 && (r.AssigneeUserId == null || r.AssigneeUserId == user.UserId))
                .AtStepHeldBy(steps),
            TaskQueue.Overdue => OverdueOn(waiting, JapaneseDate.JapanDateOf(clock.GetUtcNow())),
            // From the person's decisions (an index on who, what, which request), not a look into every request's history.
            TaskQueue.DecidedByMe => visible.Where(r => db.RequestTransitions
                .Where(t => t.ActorUserId == user.UserId && decisions.Contains(t.Trigger)).Select(t => t.RequestId).Contains(r.Id)),
            _ => visible.Where(_ => false),
        };
    }

    /// <summary>As <see cref="ConfirmationRequest.IsTaskOverdueOn"/>, in the database.</summary>
    private static IQueryable<ConfirmationRequest> OverdueOn(IQueryable<ConfirmationRequest> waiting, DateOnly today) =>
        waiting.Where(r => r.StepDueOn < today || r.DecisionDueOn < today);

    /// <summary>The steps (route and index, as <see cref="StepKeys.Of"/>) of the department's routes that the person's role holds.</summary>
    private static async Task<List<int>> StepsHeldByAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var routes = await db.ApprovalRoutes.AsNoTracking().Where(a => a.DepartmentId == user.DepartmentId).ToListAsync(ct);
        return [.. routes.SelectMany(route => route.Steps
            .Select((step, index) => (step, index))
            .Where(s => s.step.Holder.ToString() == user.Role)
            .Select(s => StepKeys.Of(route.Id, s.index)))];
    }
}

/// <summary>A step of a route as one number, so the database can ask whether a request's step is among a set (as <see cref="ConfirmationRequest.MayBeHeldBy"/>).</summary>
internal static class StepKeys
{
    public static int Of(int routeId, int step) => (routeId * ApprovalRoute.MaxSteps) + step;

    public static IQueryable<ConfirmationRequest> AtStepHeldBy(this IQueryable<ConfirmationRequest> requests, List<int> steps) =>
        requests.Where(r => r.RouteId != null && r.CurrentStep != null
                            && steps.Contains((r.RouteId.Value * ApprovalRoute.MaxSteps) + r.CurrentStep.Value));
}
