using Stateless;
using Stateless.Graph;

namespace ContractorAiReview.Domain.Requests;

/// <summary>
/// The request lifecycle: a Stateless machine over the request's persisted <see cref="RequestStatus"/>.
/// It is the one place that says which moves are legal; the UI asks it which actions to show and the
/// entity fires through it, so an illegal move throws whatever called it.
/// </summary>
public sealed class RequestLifecycle
{
    private readonly StateMachine<RequestStatus, RequestTrigger> _machine;

    public RequestLifecycle(Func<RequestStatus> read, Action<RequestStatus> write)
    {
        _machine = new StateMachine<RequestStatus, RequestTrigger>(read, write);

        _machine.Configure(RequestStatus.Draft)
            .PermitReentry(RequestTrigger.Edit)
            .Permit(RequestTrigger.Submit, RequestStatus.Submitted);

        _machine.Configure(RequestStatus.Submitted)
            .Permit(RequestTrigger.Confirm, RequestStatus.Confirmed)
            .Permit(RequestTrigger.Return, RequestStatus.Returned)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        _machine.Configure(RequestStatus.Returned)
            .PermitReentry(RequestTrigger.Edit)
            .Permit(RequestTrigger.Resubmit, RequestStatus.Submitted)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        _machine.Configure(RequestStatus.Confirmed)
            .Permit(RequestTrigger.Supersede, RequestStatus.Superseded);

        _machine.Configure(RequestStatus.Superseded);

        _machine.Configure(RequestStatus.Withdrawn);

        _machine.OnUnhandledTrigger((state, trigger) =>
            throw new IllegalTransitionException(state, trigger));
    }

    public bool CanFire(RequestTrigger trigger) => _machine.CanFire(trigger);

    public IReadOnlyList<RequestTrigger> PermittedTriggers => [.. Enum.GetValues<RequestTrigger>().Where(_machine.CanFire)];

    public void Fire(RequestTrigger trigger) => _machine.Fire(trigger);

    /// <summary>The states in which the machine permits <paramref name="trigger"/>: what queries filter by.</summary>
    public static RequestStatus[] StatesPermitting(RequestTrigger trigger) =>
    [
        .. Enum.GetValues<RequestStatus>().Where(state => new RequestLifecycle(() => state, _ => { }).CanFire(trigger)),
    ];

    /// <summary>The states no trigger leaves.</summary>
    public static RequestStatus[] EndStates() =>
    [
        .. Enum.GetValues<RequestStatus>().Where(state => new RequestLifecycle(() => state, _ => { }).PermittedTriggers.Count == 0),
    ];

    /// <summary>The machine as a Mermaid state diagram, for the README.</summary>
    public static string ToMermaid()
    {
        var status = RequestStatus.Draft;
        var lifecycle = new RequestLifecycle(() => status, s => status = s);
        return MermaidGraph.Format(lifecycle._machine.GetInfo());
    }
}

/// <summary>Thrown when a trigger is fired in a state that does not permit it (e.g. confirming a draft).</summary>
public sealed class IllegalTransitionException(RequestStatus state, RequestTrigger trigger)
    : InvalidOperationException($"'{trigger}' is not allowed while the request is {state}.")
{
    public RequestStatus State { get; } = state;
    public RequestTrigger Trigger { get; } = trigger;
}
