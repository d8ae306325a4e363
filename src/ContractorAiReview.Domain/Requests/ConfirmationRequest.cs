using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Routing;

namespace ContractorAiReview.Domain.Requests;

/// <summary>
/// 生成AI利用に関する確認依頼書: a contractor's request to use generative AI on one contract, new or a change
/// to a confirmed one. Every state change goes through <see cref="RequestLifecycle"/> and appends to the history.
/// </summary>
public sealed class ConfirmationRequest
{
    private readonly List<RequestTransition> _history = [];
    private readonly List<RequestSubmission> _submissions = [];
    private RequestLifecycle? _lifecycle;

    public int Id { get; private set; }

    /// <summary>Shown to people and printed on documents, e.g. AI2026-0007.</summary>
    public string Number { get; private set; } = "";
    public RequestKind Kind { get; private set; }

    /// <summary>For a change request: the confirmed request it amends.</summary>
    public int? AmendsRequestId { get; private set; }

    public int ContractId { get; private set; }
    public Contract? Contract { get; private set; }

    // Copied from the contract so every access check is one indexed comparison.
    public int ContractorId { get; private set; }
    public int DepartmentId { get; private set; }

    /// <summary>The guideline version the request is filed under, e.g. "osaka-contractor/1.1".</summary>
    public string GuidelineVersion { get; private set; } = "";

    public RequestStatus Status { get; private set; }
    public RequestContent Content { get; private set; } = new();

    public DateTimeOffset CreatedAtUtc { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTimeOffset? SubmittedAtUtc { get; private set; }

    /// <summary>
    /// The date by which the department is to decide (Japan time): the standard processing period in business days
    /// from the day of filing, set at every filing. Null before the first filing, and for requests filed before
    /// deadlines were kept.
    /// </summary>
    public DateOnly? DecisionDueOn { get; private set; }

    /// <summary>The date by which the department asked for the returned request back, if it set one.</summary>
    public DateOnly? ResubmitBy { get; private set; }
    public DateTimeOffset? ConfirmedAtUtc { get; private set; }

    /// <summary>The general comment of the latest return, shown to the contractor while the request is returned.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>The reasons of the latest return attached to fields, services or checklist items (also on its history entry).</summary>
    public IReadOnlyList<ReturnItem> ReturnItems { get; private set; } = [];

    /// <summary>
    /// The route version the request was first filed under (決裁ルート): pinned, so a later change of the department's
    /// route affects new filings only. Null before the first filing.
    /// </summary>
    public int? RouteId { get; private set; }
    public ApprovalRoute? Route { get; private set; }

    /// <summary>The step of <see cref="Route"/> the request is at (0 = 担当) while it waits for the department; else null.</summary>
    public int? CurrentStep { get; private set; }

    /// <summary>Who holds the task at the current step; null while it waits, unassigned, in the department's queue.</summary>
    public string? AssigneeUserId { get; private set; }
    public string? AssigneeName { get; private set; }

    /// <summary>Since when the current step (and holder) has had the request.</summary>
    public DateTimeOffset? HeldSinceUtc { get; private set; }

    /// <summary>The current step's deadline (Japan date): its business days from the day it reached the step.</summary>
    public DateOnly? StepDueOn { get; private set; }

    /// <summary>The reason of the latest suspension or revocation, shown with the confirmation.</summary>
    public string? SanctionReason { get; private set; }

    /// <summary>Optimistic concurrency: two officers acting on one request at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<RequestTransition> History => _history;

    /// <summary>What was sent at each filing, oldest first (when loaded).</summary>
    public IReadOnlyList<RequestSubmission> Submissions => _submissions;

    private RequestLifecycle Lifecycle => _lifecycle ??= new RequestLifecycle(() => Status, s => Status = s, () => Position);

    /// <summary>Where the request is on its pinned route; the route must be loaded with the request.</summary>
    private StepPosition Position => (RouteId, Route, CurrentStep) switch
    {
        (_, { } route, { } step) => new StepPosition(step == 0, route.IsLast(step)),
        (null, null, _) => StepPosition.Only,
        (not null, null, _) => throw new InvalidOperationException($"Request {Number}: load its route (Include(r => r.Route)) before asking what it permits."),
        _ => StepPosition.Only,
    };

    /// <summary>The step the request waits at, while it waits for the department.</summary>
    public RouteStep? CurrentRouteStep => AwaitsDecision && Route is { } route && CurrentStep is { } step ? route[step] : null;

    public bool IsHeldBy(string userId) => AwaitsDecision && AssigneeUserId == userId;

    public bool IsUnassigned => AwaitsDecision && AssigneeUserId is null;

    /// <summary>Whether a person in <paramref name="role"/> may hold the current step (its holder's role).</summary>
    public bool MayBeHeldBy(string role) => CurrentRouteStep is { } step && step.Holder.ToString() == role;

    /// <summary>Its current step is past its deadline, or the whole request past its decision date: a late task.</summary>
    public bool IsTaskOverdueOn(DateOnly today) => AwaitsDecision && (StepDueOn < today || DecisionDueOn < today);

    public bool IsStepOverdueOn(DateOnly today) => AwaitsDecision && StepDueOn < today;

    /// <summary>Whether the lifecycle permits this move now: what the UI offers.</summary>
    public bool Permits(RequestTrigger trigger) => Lifecycle.CanFire(trigger);

    public IReadOnlyList<RequestTrigger> PermittedTriggers => Lifecycle.PermittedTriggers;

    public bool IsEditable => RequestStatuses.Editable.Contains(Status);
    public bool AwaitsDecision => RequestStatuses.AwaitingDecision.Contains(Status);
    public bool AwaitsResubmission => RequestStatuses.AwaitingResubmission.Contains(Status);
    public bool IsOpen => RequestStatuses.Open.Contains(Status);
    public bool IsInForce => RequestStatuses.InForce.Contains(Status);
    public bool IsFiled => RequestStatuses.Filed.Contains(Status);
    public bool IsWithdrawable => RequestStatuses.Withdrawable.Contains(Status);
    public bool IsSuspended => RequestStatuses.Suspended.Contains(Status);
    public bool IsRevoked => RequestStatuses.Revoked.Contains(Status);

    /// <summary>Waiting for the department's decision past its decision date.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DecisionDueOn, today);

    /// <summary>The same question for a row that holds only the status and the date.</summary>
    public static bool IsOverdue(RequestStatus status, DateOnly? decisionDueOn, DateOnly today) =>
        RequestStatuses.AwaitingDecision.Contains(status) && decisionDueOn < today;

    /// <summary>The same question as a query filter, which the database answers.</summary>
    public static System.Linq.Expressions.Expression<Func<ConfirmationRequest, bool>> OverdueOn(DateOnly today) =>
        r => RequestStatuses.AwaitingDecision.Contains(r.Status) && r.DecisionDueOn < today;

    /// <summary>In force, but answered an older guideline version than the current one: due for re-confirmation.</summary>
    public bool IsDueForReconfirmationUnder(string currentGuideline) => IsInForce && GuidelineVersion != currentGuideline;

    /// <summary>The same question as a query filter, which the database answers.</summary>
    public static System.Linq.Expressions.Expression<Func<ConfirmationRequest, bool>> DueForReconfirmationUnder(string currentGuideline) =>
        r => RequestStatuses.InForce.Contains(r.Status) && r.GuidelineVersion != currentGuideline;

    /// <summary>A draft never submitted: nothing of it left the contractor, so it may be deleted outright.</summary>
    public bool IsDeletable => RequestStatuses.NeverFiled.Contains(Status);

    private ConfirmationRequest()
    {
    }

    public static ConfirmationRequest CreateNew(
        Contract contract, string number, string guidelineVersion, RequestContent content, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (!contract.HasSpecialSpecification)
        {
            throw new DomainRuleException("The contract has no special specification attached: nothing can be requested on it.");
        }

        return new ConfirmationRequest
        {
            Number = number,
            Kind = RequestKind.New,
            ContractId = contract.Id,
            ContractorId = contract.ContractorId,
            DepartmentId = contract.DepartmentId,
            GuidelineVersion = guidelineVersion,
            Status = RequestStatus.Draft,
            Content = content.Clone(),
            CreatedAtUtc = nowUtc,
            CreatedByUserId = actor.UserId,
        };
    }

    /// <summary>A change request (区分: 変更) starts as a draft prefilled from the confirmed request it amends.</summary>
    public ConfirmationRequest CreateChange(string number, string guidelineVersion, Actor actor, DateTimeOffset nowUtc)
    {
        if (!IsInForce)
        {
            throw new DomainRuleException("Only a confirmed request can be changed.");
        }

        var content = Content.Clone();
        content.TickedChecklistItems.Clear(); // the contractor confirms the checklist again for the changed use
        content.ChangeDescription = null; // what this change is about, asked afresh
        content.ChangeReason = null;
        content.PledgeAcknowledged = false; // pledged afresh for the changed use
        return new ConfirmationRequest
        {
            Number = number,
            Kind = RequestKind.Change,
            AmendsRequestId = Id,
            ContractId = ContractId,
            ContractorId = ContractorId,
            DepartmentId = DepartmentId,
            GuidelineVersion = guidelineVersion,
            Status = RequestStatus.Draft,
            Content = content,
            CreatedAtUtc = nowUtc,
            CreatedByUserId = actor.UserId,
        };
    }

    public void UpdateContent(RequestContent content)
    {
        Lifecycle.Fire(RequestTrigger.Edit);
        Content = content.Clone();
        Content.DropInapplicableAnswers();
        Version++;
    }

    /// <summary>
    /// Files the request: a draft is submitted, a returned request is resubmitted. The department is to decide within
    /// its standard processing period, <paramref name="processingDays"/> business days from the day of filing. The first
    /// filing pins the department's <paramref name="route"/>; a resubmission starts again at the first step of the
    /// route already pinned.
    /// </summary>
    public void Submit(Actor actor, DateTimeOffset nowUtc, int processingDays, ApprovalRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var trigger = Status == RequestStatus.Returned ? RequestTrigger.Resubmit : RequestTrigger.Submit;
        if (Permits(trigger) && !Content.PledgeAcknowledged)
        {
            throw new DomainRuleException("The contractor has not acknowledged the pledge (誓約) of this filing.");
        }

        if (RouteId is null && Route is null)
        {
            if (route.DepartmentId != DepartmentId)
            {
                throw new DomainRuleException("The route belongs to another department.");
            }

            Route = route;
        }

        Move(trigger, actor, nowUtc, reason: null, () =>
        {
            SubmittedAtUtc = nowUtc;
            DecisionDueOn = BusinessCalendar.AddBusinessDays(JapaneseDate.JapanDateOf(nowUtc), processingDays);
            ReturnReason = null;
            ReturnItems = [];
            ResubmitBy = null;
            EnterStep(0, holder: null, nowUtc);
            _submissions.Add(RequestSubmission.Of(this, trigger, actor, nowUtc));
        });
    }

    /// <summary>Takes the unassigned task at the current step (引受け); the person must be of the step's holder role.</summary>
    public void Claim(Actor actor, DateTimeOffset nowUtc)
    {
        if (!IsUnassigned && Permits(RequestTrigger.Claim))
        {
            throw new DomainRuleException($"{AssigneeName} already holds the request.");
        }

        RequireMayHold(actor);
        Move(RequestTrigger.Claim, actor, nowUtc, reason: null, () => Assign(actor, nowUtc));
    }

    /// <summary>The holder gives the task back to the department's unassigned tasks.</summary>
    public void Release(Actor actor, DateTimeOffset nowUtc)
    {
        RequireHolder(actor, RequestTrigger.Release);
        Move(RequestTrigger.Release, actor, nowUtc, reason: null, () => Assign(null, nowUtc));
    }

    /// <summary>Hands the task to <paramref name="to"/>, another member who may hold the step (不在・代理), with a reason.</summary>
    public void Reassign(Actor actor, Actor to, DateTimeOffset nowUtc, string reason)
    {
        RequireReason(reason, "A reassignment");
        if (to.UserId == AssigneeUserId)
        {
            throw new DomainRuleException($"{to.Name} already holds the request.");
        }

        if (Permits(RequestTrigger.Reassign))
        {
            RequireMayHold(to);
        }

        Move(RequestTrigger.Reassign, actor, nowUtc, reason.Trim(), () => Assign(to, nowUtc));
    }

    /// <summary>The holder passes the request to the route's next step, unassigned, for its holders to claim.</summary>
    public void Forward(Actor actor, DateTimeOffset nowUtc)
    {
        RequireHolder(actor, RequestTrigger.Forward);
        Move(RequestTrigger.Forward, actor, nowUtc, reason: null, () => EnterStep(CurrentStep!.Value + 1, holder: null, nowUtc));
    }

    /// <summary>
    /// The holder of an approval step sends the request back to the previous step inside the office (差戻し within the
    /// office), to the person who forwarded it, with a reason the contractor does not see.
    /// </summary>
    public void SendBack(Actor actor, DateTimeOffset nowUtc, string reason)
    {
        RequireReason(reason, "A send-back");
        RequireHolder(actor, RequestTrigger.SendBack);
        var step = CurrentStep!.Value;
        var forwarder = _history.LastOrDefault(h => h.Trigger == RequestTrigger.Forward && h.Step == step);
        var holder = forwarder is null ? null : new Actor(forwarder.ActorUserId, forwarder.ActorName, forwarder.ActorRole);
        Move(RequestTrigger.SendBack, actor, nowUtc, reason.Trim(), () => EnterStep(step - 1, holder, nowUtc));
    }

    /// <param name="reason">The general comment.</param>
    /// <param name="resubmitBy">The date by which the department asks for the request back, if it sets one.</param>
    /// <param name="items">Reasons attached to fields, services or checklist items; each needs its text.</param>
    public void Return(Actor actor, DateTimeOffset nowUtc, string reason, DateOnly? resubmitBy = null, IReadOnlyList<ReturnItem>? items = null)
    {
        RequireReason(reason, "A return");
        items ??= [];
        if (items.Any(i => string.IsNullOrWhiteSpace(i.Reason)))
        {
            throw new DomainRuleException("Every returned item needs its reason.");
        }

        if (resubmitBy is { } by && by < Calendar.JapaneseDate.JapanDateOf(nowUtc))
        {
            throw new DomainRuleException("The resubmission date is in the past.");
        }

        RequireHolder(actor, RequestTrigger.Return);
        var trimmed = items.Select(i => i with { Reason = i.Reason.Trim() }).ToList();
        Move(RequestTrigger.Return, actor, nowUtc, reason.Trim(), () =>
        {
            ReturnReason = reason.Trim();
            ReturnItems = trimmed;
            ResubmitBy = resubmitBy;
            Content.PledgeAcknowledged = false; // the corrected filing is pledged again
            LeaveRoute();
        }, trimmed);
    }

    /// <summary>
    /// The contractor withdraws the filed request (取下げ) before a decision; it stays, read-only, with its history.
    /// </summary>
    public void Withdraw(Actor actor, DateTimeOffset nowUtc, string reason)
    {
        RequireReason(reason, "A withdrawal");
        Move(RequestTrigger.Withdraw, actor, nowUtc, reason.Trim(), LeaveRoute);
    }

    /// <summary>
    /// The holder of the route's last step confirms the request (決裁). A change request (区分: 変更) replaces the confirmation it amends, which must be given:
    /// that request is superseded in the same step, so exactly one confirmation per contract use is in force.
    /// </summary>
    public void Confirm(Actor actor, DateTimeOffset nowUtc, ConfirmationRequest? amended)
    {
        if (amended?.Id != AmendsRequestId)
        {
            throw new DomainRuleException(AmendsRequestId is null
                ? "A new request amends nothing."
                : $"A change request is confirmed together with the request it amends ({AmendsRequestId}).");
        }

        if (amended is not null && !amended.Permits(RequestTrigger.Supersede))
        {
            throw new IllegalTransitionException(amended.Status, RequestTrigger.Supersede);
        }

        RequireHolder(actor, RequestTrigger.Confirm);
        Move(RequestTrigger.Confirm, actor, nowUtc, reason: null, () =>
        {
            ConfirmedAtUtc = nowUtc;
            LeaveRoute();
        });
        amended?.Move(RequestTrigger.Supersede, actor, nowUtc, Number);
    }

    /// <summary>The department suspends the confirmation (停止) with a reason, e.g. while a suspected breach is looked into.</summary>
    public void Suspend(Actor actor, DateTimeOffset nowUtc, string reason) => Sanction(RequestTrigger.Suspend, actor, nowUtc, reason);

    /// <summary>The department lifts its suspension (再開) with a reason: the confirmation is in force again.</summary>
    public void Resume(Actor actor, DateTimeOffset nowUtc, string reason) => Sanction(RequestTrigger.Resume, actor, nowUtc, reason);

    /// <summary>The department revokes the confirmation (取消) with a reason, e.g. a rule was broken. Final.</summary>
    public void Revoke(Actor actor, DateTimeOffset nowUtc, string reason) => Sanction(RequestTrigger.Revoke, actor, nowUtc, reason);

    private void Sanction(RequestTrigger trigger, Actor actor, DateTimeOffset nowUtc, string reason)
    {
        RequireReason(reason, $"'{trigger}'");
        Move(trigger, actor, nowUtc, reason.Trim(), () => SanctionReason = reason.Trim());
    }

    private static void RequireReason(string reason, string what)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException($"{what} needs a reason.");
        }
    }

    /// <summary>A move at a step is the holder's: nobody decides a task they do not hold.</summary>
    private void RequireHolder(Actor actor, RequestTrigger trigger)
    {
        if (Permits(trigger) && AssigneeUserId != actor.UserId)
        {
            throw new NotHolderException(Number, trigger);
        }
    }

    private void RequireMayHold(Actor actor)
    {
        if (CurrentRouteStep is { } step && step.Holder.ToString() != actor.Role)
        {
            throw new DomainRuleException($"Step '{step.Title}' is held by {step.Holder}, not {actor.Role}.");
        }
    }

    private void EnterStep(int step, Actor? holder, DateTimeOffset nowUtc)
    {
        CurrentStep = step;
        StepDueOn = BusinessCalendar.AddBusinessDays(JapaneseDate.JapanDateOf(nowUtc), Route![step].BusinessDays);
        Assign(holder, nowUtc);
    }

    private void Assign(Actor? holder, DateTimeOffset nowUtc)
    {
        AssigneeUserId = holder?.UserId;
        AssigneeName = holder?.Name;
        HeldSinceUtc = nowUtc;
    }

    private void LeaveRoute()
    {
        CurrentStep = null;
        StepDueOn = null;
        AssigneeUserId = null;
        AssigneeName = null;
        HeldSinceUtc = null;
    }

    /// <summary>
    /// Fires <paramref name="trigger"/> through the lifecycle, then applies what the move changes and records it: the
    /// history entry says where the request went and who holds it afterwards.
    /// </summary>
    private void Move(
        RequestTrigger trigger, Actor actor, DateTimeOffset nowUtc, string? reason, Action? apply = null, IReadOnlyList<ReturnItem>? returnItems = null)
    {
        var from = Status;
        Lifecycle.Fire(trigger);
        apply?.Invoke();
        _history.Add(RequestTransition.Record(trigger, from, Status, actor, nowUtc, reason, CurrentStep, AssigneeName, returnItems));
        Version++;
    }
}

/// <summary>Someone other than the task's holder tried a move at its step.</summary>
public sealed class NotHolderException(string number, RequestTrigger trigger)
    : InvalidOperationException($"'{trigger}' on {number} is for the person holding it.");

/// <summary>A domain rule refused the operation; the message is for developers and logs, the UI shows its own text.</summary>
public sealed class DomainRuleException(string message) : InvalidOperationException(message);
