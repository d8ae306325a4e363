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

    /// <summary>Never filed: only a draft can be submitted the first time. Such a request may be deleted.</summary>
    public static readonly RequestStatus[] NeverFiled = RequestLifecycle.StatesPermitting(RequestTrigger.Submit);

    /// <summary>Filed at least once: what the department sees.</summary>
    public static readonly RequestStatus[] Filed = [.. Enum.GetValues<RequestStatus>().Except(NeverFiled)];

    /// <summary>The contractor may withdraw it (取下げ): filed and not yet confirmed.</summary>
    public static readonly RequestStatus[] Withdrawable = RequestLifecycle.StatesPermitting(RequestTrigger.Withdraw);

    /// <summary>A confirmation the department suspended and may resume.</summary>
    public static readonly RequestStatus[] Suspended = RequestLifecycle.StatesPermitting(RequestTrigger.Resume);

    /// <summary>A confirmation the department may still suspend or revoke: in force or suspended.</summary>
    public static readonly RequestStatus[] Revocable = RequestLifecycle.StatesPermitting(RequestTrigger.Revoke);

    /// <summary>A revoked confirmation: where a revocation leads.</summary>
    public static readonly RequestStatus[] Revoked =
        [.. Enum.GetValues<RequestStatus>().Where(s => Enum.GetValues<RequestStatus>().Any(from => Reaches(from, RequestTrigger.Revoke, s)))];

    /// <summary>Where a request ends: no move leads on (superseded by a change, withdrawn).</summary>
    public static readonly RequestStatus[] Ended = RequestLifecycle.EndStates();

    /// <summary>
    /// The statuses a contract's standing request can be in: every one but those that ended (a request a confirmed
    /// change replaced, one the contractor withdrew).
    /// </summary>
    public static readonly RequestStatus[] Standing = [.. Enum.GetValues<RequestStatus>().Except(Ended)];

    private static bool Reaches(RequestStatus from, RequestTrigger trigger, RequestStatus to)
    {
        var state = from;
        var lifecycle = new RequestLifecycle(() => state, s => state = s);
        if (!lifecycle.CanFire(trigger))
        {
            return false;
        }

        lifecycle.Fire(trigger);
        return state == to;
    }
}
