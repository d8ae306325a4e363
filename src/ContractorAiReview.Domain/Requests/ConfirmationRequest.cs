using ContractorAiReview.Domain.Contracts;

namespace ContractorAiReview.Domain.Requests;

/// <summary>
/// 生成AI利用に関する確認依頼書: a contractor's request to use generative AI on one contract, new or a change
/// to a confirmed one. Every state change goes through <see cref="RequestLifecycle"/> and appends to the history.
/// </summary>
public sealed class ConfirmationRequest
{
    private readonly List<RequestTransition> _history = [];
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

    /// <summary>The reasons of the latest return, shown to the contractor while the request is returned.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>Optimistic concurrency: two officers acting on one request at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<RequestTransition> History => _history;

    private RequestLifecycle Lifecycle => _lifecycle ??= new RequestLifecycle(() => Status, s => Status = s);

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

    /// <summary>Waiting for the department's decision past its decision date.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DecisionDueOn, today);

    /// <summary>The same question for a row that holds only the status and the date.</summary>
    public static bool IsOverdue(RequestStatus status, DateOnly? decisionDueOn, DateOnly today) =>
        RequestStatuses.AwaitingDecision.Contains(status) && decisionDueOn < today;

    /// <summary>The same question as a query filter, which the database answers.</summary>
    public static System.Linq.Expressions.Expression<Func<ConfirmationRequest, bool>> OverdueOn(DateOnly today) =>
        r => RequestStatuses.AwaitingDecision.Contains(r.Status) && r.DecisionDueOn < today;

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
    /// its standard processing period, <paramref name="processingDays"/> business days from the day of filing.
    /// </summary>
    public void Submit(Actor actor, DateTimeOffset nowUtc, int processingDays)
    {
        var trigger = Status == RequestStatus.Returned ? RequestTrigger.Resubmit : RequestTrigger.Submit;
        Move(trigger, actor, nowUtc, reason: null, () => Lifecycle.Fire(trigger));
        SubmittedAtUtc = nowUtc;
        DecisionDueOn = Calendar.BusinessCalendar.AddBusinessDays(Calendar.JapaneseDate.JapanDateOf(nowUtc), processingDays);
        ReturnReason = null;
        ResubmitBy = null;
    }

    /// <param name="resubmitBy">The date by which the department asks for the request back, if it sets one.</param>
    public void Return(Actor actor, DateTimeOffset nowUtc, string reason, DateOnly? resubmitBy = null)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("A return needs a reason.");
        }

        if (resubmitBy is { } by && by < Calendar.JapaneseDate.JapanDateOf(nowUtc))
        {
            throw new DomainRuleException("The resubmission date is in the past.");
        }

        Move(RequestTrigger.Return, actor, nowUtc, reason.Trim(), () => Lifecycle.Fire(RequestTrigger.Return));
        ReturnReason = reason.Trim();
        ResubmitBy = resubmitBy;
    }

    /// <summary>
    /// The contractor withdraws the filed request (取下げ) before a decision; it stays, read-only, with its history.
    /// </summary>
    public void Withdraw(Actor actor, DateTimeOffset nowUtc, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("A withdrawal needs a reason.");
        }

        Move(RequestTrigger.Withdraw, actor, nowUtc, reason.Trim(), () => Lifecycle.Fire(RequestTrigger.Withdraw));
    }

    /// <summary>
    /// Confirms the request. A change request (区分: 変更) replaces the confirmation it amends, which must be given:
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

        Move(RequestTrigger.Confirm, actor, nowUtc, reason: null, () => Lifecycle.Fire(RequestTrigger.Confirm));
        ConfirmedAtUtc = nowUtc;
        amended?.Move(RequestTrigger.Supersede, actor, nowUtc, Number, () => amended.Lifecycle.Fire(RequestTrigger.Supersede));
    }

    private void Move(RequestTrigger trigger, Actor actor, DateTimeOffset nowUtc, string? reason, Action fire)
    {
        var from = Status;
        fire();
        _history.Add(RequestTransition.Record(trigger, from, Status, actor, nowUtc, reason));
        Version++;
    }
}

/// <summary>A domain rule refused the operation; the message is for developers and logs, the UI shows its own text.</summary>
public sealed class DomainRuleException(string message) : InvalidOperationException(message);
