using Stateless;
using Stateless.Graph;

namespace ContractorAiReview.Domain.Requests;

/// <summary>Where a filed request is on its route: whether an earlier step precedes it and a later one follows.</summary>
public readonly record struct StepPosition(bool IsFirst, bool IsLast)
{
    /// <summary>A one-step route: the officer who checks also decides.</summary>
    public static readonly StepPosition Only = new(true, true);
}

/// <summary>
/// The request lifecycle: a Stateless machine over the request's persisted <see cref="RequestStatus"/>.
/// It is the one place that says which moves are legal; the UI asks it which actions to show and the
/// entity fires through it, so an illegal move throws whatever called it. Where the request is on its route guards
/// the moves between steps: only the last step confirms, only a later step sends back.
/// </summary>
public sealed class RequestLifecycle
{
    // The guards' names, as the diagrams print them and the definitions page translates them.
    public const string LaterStepFollows = nameof(LaterStepFollows);
    public const string EarlierStepPrecedes = nameof(EarlierStepPrecedes);
    public const string AtLastStep = nameof(AtLastStep);

    private readonly StateMachine<RequestStatus, RequestTrigger> _machine;

    /// <param name="position">Where the request is on its route; null asks about the status alone (every guard passes).</param>
    public RequestLifecycle(Func<RequestStatus> read, Action<RequestStatus> write, Func<StepPosition>? position = null)
    {
        _machine = new StateMachine<RequestStatus, RequestTrigger>(read, write);
        bool Later() => position is null || !position().IsLast;
        bool Earlier() => position is null || !position().IsFirst;
        bool Last() => position is null || position().IsLast;

        _machine.Configure(RequestStatus.Draft)
            .PermitReentry(RequestTrigger.Edit)
            .Permit(RequestTrigger.Submit, RequestStatus.Submitted);

        _machine.Configure(RequestStatus.Submitted)
            .PermitReentry(RequestTrigger.Claim)
            .PermitReentry(RequestTrigger.Release)
            .PermitReentry(RequestTrigger.Reassign)
            .PermitReentryIf(RequestTrigger.Forward, Later, LaterStepFollows)
            .PermitReentryIf(RequestTrigger.SendBack, Earlier, EarlierStepPrecedes)
            .PermitIf(RequestTrigger.Confirm, RequestStatus.Confirmed, Last, AtLastStep)
            .Permit(RequestTrigger.Return, RequestStatus.Returned)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        _machine.Configure(RequestStatus.Returned)
            .PermitReentry(RequestTrigger.Edit)
            .Permit(RequestTrigger.Resubmit, RequestStatus.Submitted)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        _machine.Configure(RequestStatus.Confirmed)
            .Permit(RequestTrigger.Supersede, RequestStatus.Superseded)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Revoke, RequestStatus.Revoked);

        _machine.Configure(RequestStatus.Suspended)
            .Permit(RequestTrigger.Resume, RequestStatus.Confirmed)
            .Permit(RequestTrigger.Revoke, RequestStatus.Revoked);

        _machine.Configure(RequestStatus.Superseded);

        _machine.Configure(RequestStatus.Withdrawn);

        _machine.Configure(RequestStatus.Revoked);

        _machine.OnUnhandledTrigger((state, trigger) =>
            throw new IllegalTransitionException(state, trigger));
    }

    public bool CanFire(RequestTrigger trigger) => _machine.CanFire(trigger);

    public IReadOnlyList<RequestTrigger> PermittedTriggers => [.. Enum.GetValues<RequestTrigger>().Where(_machine.CanFire)];

    public void Fire(RequestTrigger trigger)
    {
        if (!_machine.CanFire(trigger))
        {
            // A guard that fails would otherwise surface as Stateless's own exception.
            throw new IllegalTransitionException(_machine.State, trigger);
        }

        _machine.Fire(trigger);
    }

    /// <summary>The states in which the machine permits <paramref name="trigger"/> at some step: what queries filter by.</summary>
    public static RequestStatus[] StatesPermitting(RequestTrigger trigger) =>
    [
        .. Enum.GetValues<RequestStatus>().Where(state => new RequestLifecycle(() => state, _ => { }).CanFire(trigger)),
    ];

    /// <summary>The states no trigger leaves.</summary>
    public static RequestStatus[] EndStates() =>
    [
        .. Enum.GetValues<RequestStatus>().Where(state => new RequestLifecycle(() => state, _ => { }).PermittedTriggers.Count == 0),
    ];

    /// <summary>Every move the machine allows, read from the machine itself: from, trigger, to and the guard, if any.</summary>
    public static IReadOnlyList<LifecycleMove> Moves()
    {
        var status = RequestStatus.Draft;
        var lifecycle = new RequestLifecycle(() => status, s => status = s);
        return
        [
            .. lifecycle._machine.GetInfo().States.SelectMany(state => state.FixedTransitions.Select(t => new LifecycleMove(
                (RequestStatus)state.UnderlyingState,
                (RequestTrigger)t.Trigger.UnderlyingTrigger,
                (RequestStatus)t.DestinationState.UnderlyingState,
                t.GuardConditionsMethodDescriptions.Select(g => g.Description).FirstOrDefault()))),
        ];
    }

    /// <summary>The machine as a Mermaid state diagram, for the README and the definitions page.</summary>
    public static string ToMermaid()
    {
        var status = RequestStatus.Draft;
        var lifecycle = new RequestLifecycle(() => status, s => status = s);
        return MermaidGraph.Format(lifecycle._machine.GetInfo());
    }
}

/// <summary>One legal move of the lifecycle; <see cref="Guard"/> says when it is allowed, if not always.</summary>
public sealed record LifecycleMove(RequestStatus From, RequestTrigger Trigger, RequestStatus To, string? Guard);

/// <summary>Thrown when a trigger is fired in a state that does not permit it (e.g. confirming a draft).</summary>
public sealed class IllegalTransitionException(RequestStatus state, RequestTrigger trigger)
    : InvalidOperationException($"'{trigger}' is not allowed while the request is {state}.")
{
    public RequestStatus State { get; } = state;
    public RequestTrigger Trigger { get; } = trigger;
}
