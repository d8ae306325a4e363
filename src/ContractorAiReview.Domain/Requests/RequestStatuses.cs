namespace ContractorAiReview.Domain.Requests;

/// <summary>
/// The questions pages and queries ask of a status, answered from <see cref="RequestLifecycle"/> so that nothing
/// outside the domain keeps its own list of statuses. Arrays, so that EF Core turns <c>Contains</c> into SQL.
/// </summary>
public static class RequestStatuses
{
    /// <summary>The contractor can still change the answers (a draft, or a request returned for changes).</summary>
    public static readonly RequestStatus[] Editable = RequestLifecycle.StatesPermitting(RequestTrigger.Edit);

    /// <summary>Filed and waiting for the department's decision.</summary>
    public static readonly RequestStatus[] AwaitingDecision = RequestLifecycle.StatesPermitting(RequestTrigger.Confirm);

    /// <summary>Returned to the contractor, who may resubmit.</summary>
    public static readonly RequestStatus[] AwaitingResubmission = RequestLifecycle.StatesPermitting(RequestTrigger.Resubmit);

    /// <summary>Not finished: still being written, decided or corrected.</summary>
    public static readonly RequestStatus[] Open = [.. Editable.Union(AwaitingDecision)];

    /// <summary>A confirmation in force: the one a change request amends and a newer confirmation supersedes.</summary>
    public static readonly RequestStatus[] InForce = RequestLifecycle.StatesPermitting(RequestTrigger.Supersede);

    /// <summary>Never filed: only a draft can be submitted the first time.</summary>
    public static readonly RequestStatus[] NeverFiled = RequestLifecycle.StatesPermitting(RequestTrigger.Submit);

    /// <summary>Filed at least once: what the department sees.</summary>
    public static readonly RequestStatus[] Filed = [.. Enum.GetValues<RequestStatus>().Except(NeverFiled)];

    /// <summary>
    /// The statuses a contract's standing request can be in: every one but <see cref="RequestStatus.Superseded"/>,
    /// whose request a confirmed change replaced.
    /// </summary>
    public static readonly RequestStatus[] Standing = [.. Enum.GetValues<RequestStatus>().Except([RequestStatus.Superseded])];
}
