using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Domain.Requests;

public sealed class RequestLifecycleTests
{
    public static TheoryData<RequestStatus, RequestTrigger, RequestStatus> LegalMoves => new()
    {
        { RequestStatus.Draft, RequestTrigger.Edit, RequestStatus.Draft },
        { RequestStatus.Draft, RequestTrigger.Submit, RequestStatus.Submitted },
        { RequestStatus.Submitted, RequestTrigger.Confirm, RequestStatus.Confirmed },
        { RequestStatus.Submitted, RequestTrigger.Return, RequestStatus.Returned },
        { RequestStatus.Returned, RequestTrigger.Edit, RequestStatus.Returned },
        { RequestStatus.Returned, RequestTrigger.Resubmit, RequestStatus.Submitted },
        { RequestStatus.Confirmed, RequestTrigger.Supersede, RequestStatus.Superseded },
        { RequestStatus.Submitted, RequestTrigger.Withdraw, RequestStatus.Withdrawn },
        { RequestStatus.Returned, RequestTrigger.Withdraw, RequestStatus.Withdrawn },
        { RequestStatus.Submitted, RequestTrigger.Claim, RequestStatus.Submitted },
        { RequestStatus.Submitted, RequestTrigger.Release, RequestStatus.Submitted },
        { RequestStatus.Submitted, RequestTrigger.Reassign, RequestStatus.Submitted },
        { RequestStatus.Submitted, RequestTrigger.Forward, RequestStatus.Submitted },
        { RequestStatus.Submitted, RequestTrigger.SendBack, RequestStatus.Submitted },
        { RequestStatus.Confirmed, RequestTrigger.Suspend, RequestStatus.Suspended },
        { RequestStatus.Confirmed, RequestTrigger.Revoke, RequestStatus.Revoked },
        { RequestStatus.Suspended, RequestTrigger.Resume, RequestStatus.Confirmed },
        { RequestStatus.Suspended, RequestTrigger.Revoke, RequestStatus.Revoked },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Fire_LegalMove_MovesToExpectedState(RequestStatus from, RequestTrigger trigger, RequestStatus to)
    {
        var state = from;
        var lifecycle = new RequestLifecycle(() => state, s => state = s);

        lifecycle.Fire(trigger);

        Assert.Equal(to, state);
    }

    /// <summary>
    /// Moves the procedure forbids, each written down for its own reason (not derived from the legal table): the
    /// department decides only what was filed, a contractor edits only what is theirs to correct, nothing leaves an
    /// end state, a suspension is lifted only where there is one, and a revocation is final.
    /// </summary>
    public static TheoryData<RequestStatus, RequestTrigger> IllegalMoves => new()
    {
        { RequestStatus.Draft, RequestTrigger.Confirm },
        { RequestStatus.Draft, RequestTrigger.Return },
        { RequestStatus.Draft, RequestTrigger.Claim },
        { RequestStatus.Draft, RequestTrigger.Withdraw },
        { RequestStatus.Draft, RequestTrigger.Resubmit },
        { RequestStatus.Submitted, RequestTrigger.Edit },
        { RequestStatus.Submitted, RequestTrigger.Submit },
        { RequestStatus.Submitted, RequestTrigger.Suspend },
        { RequestStatus.Returned, RequestTrigger.Confirm },
        { RequestStatus.Returned, RequestTrigger.Claim },
        { RequestStatus.Returned, RequestTrigger.Forward },
        { RequestStatus.Returned, RequestTrigger.Submit },
        { RequestStatus.Confirmed, RequestTrigger.Edit },
        { RequestStatus.Confirmed, RequestTrigger.Withdraw },
        { RequestStatus.Confirmed, RequestTrigger.Return },
        { RequestStatus.Confirmed, RequestTrigger.Resume },
        { RequestStatus.Confirmed, RequestTrigger.Claim },
        { RequestStatus.Suspended, RequestTrigger.Suspend },
        { RequestStatus.Suspended, RequestTrigger.Supersede },
        { RequestStatus.Suspended, RequestTrigger.Edit },
        { RequestStatus.Superseded, RequestTrigger.Revoke },
        { RequestStatus.Superseded, RequestTrigger.Edit },
        { RequestStatus.Withdrawn, RequestTrigger.Resubmit },
        { RequestStatus.Withdrawn, RequestTrigger.Edit },
        { RequestStatus.Revoked, RequestTrigger.Resume },
        { RequestStatus.Revoked, RequestTrigger.Confirm },
        { RequestStatus.Revoked, RequestTrigger.Edit },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Fire_IllegalMove_RefusedAndStateUnchanged(RequestStatus from, RequestTrigger trigger)
    {
        var state = from;
        var lifecycle = new RequestLifecycle(() => state, s => state = s);

        Assert.False(lifecycle.CanFire(trigger));
        var refused = Assert.Throws<IllegalTransitionException>(() => lifecycle.Fire(trigger));
        Assert.Equal(from, refused.State);
        Assert.Equal(from, state);
    }

    [Fact]
    public void StatusQuestions_DerivedFromTheMachine_AsTheProcedureDescribesThem()
    {
        // Written from the procedure, not from the machine: what a contractor can still edit, what waits for the
        // department, what is unfinished, what the department sees, which confirmation is in force, what the
        // contractor may withdraw (filed, not yet confirmed) or delete (never filed), and where a request ends.
        Assert.Equal([RequestStatus.Draft, RequestStatus.Returned], RequestStatuses.Editable);
        Assert.Equal([RequestStatus.Submitted], RequestStatuses.AwaitingDecision);
        Assert.Equal([RequestStatus.Returned], RequestStatuses.AwaitingResubmission);
        Assert.Equal([RequestStatus.Draft, RequestStatus.Returned, RequestStatus.Submitted], RequestStatuses.Open);
        Assert.Equal(
            [RequestStatus.Submitted, RequestStatus.Returned, RequestStatus.Confirmed, RequestStatus.Superseded, RequestStatus.Withdrawn,
                RequestStatus.Suspended, RequestStatus.Revoked],
            RequestStatuses.Filed);
        Assert.Equal([RequestStatus.Confirmed], RequestStatuses.InForce);
        Assert.Equal([RequestStatus.Submitted, RequestStatus.Returned], RequestStatuses.Withdrawable);
        Assert.Equal([RequestStatus.Draft], RequestStatuses.NeverFiled);
        Assert.Equal([RequestStatus.Superseded, RequestStatus.Withdrawn, RequestStatus.Revoked], RequestStatuses.Ended);
        Assert.Equal(
            [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Returned, RequestStatus.Confirmed, RequestStatus.Suspended],
            RequestStatuses.Standing);
        Assert.Equal([RequestStatus.Suspended], RequestStatuses.Suspended);
        Assert.Equal([RequestStatus.Confirmed, RequestStatus.Suspended], RequestStatuses.Revocable);
        Assert.Equal([RequestStatus.Revoked], RequestStatuses.Revoked);
    }

    /// <summary>Where the request is on its route decides which of the department's moves it has.</summary>
    [Theory]
    [InlineData(true, true, new[] { RequestTrigger.Return, RequestTrigger.Confirm, RequestTrigger.Withdraw, RequestTrigger.Claim, RequestTrigger.Release, RequestTrigger.Reassign })]
    [InlineData(true, false, new[] { RequestTrigger.Return, RequestTrigger.Withdraw, RequestTrigger.Claim, RequestTrigger.Release, RequestTrigger.Reassign, RequestTrigger.Forward })]
    [InlineData(false, false, new[] { RequestTrigger.Return, RequestTrigger.Withdraw, RequestTrigger.Claim, RequestTrigger.Release, RequestTrigger.Reassign, RequestTrigger.Forward, RequestTrigger.SendBack })]
    [InlineData(false, true, new[] { RequestTrigger.Return, RequestTrigger.Confirm, RequestTrigger.Withdraw, RequestTrigger.Claim, RequestTrigger.Release, RequestTrigger.Reassign, RequestTrigger.SendBack })]
    public void PermittedTriggers_Submitted_DependOnTheStep(bool isFirst, bool isLast, RequestTrigger[] expected)
    {
        var state = RequestStatus.Submitted;
        var lifecycle = new RequestLifecycle(() => state, s => state = s, () => new StepPosition(isFirst, isLast));

        Assert.Equal(expected, lifecycle.PermittedTriggers);
    }

    [Fact]
    public void Fire_ConfirmBeforeTheLastStep_RefusedAndStateUnchanged()
    {
        var state = RequestStatus.Submitted;
        var lifecycle = new RequestLifecycle(() => state, s => state = s, () => new StepPosition(IsFirst: true, IsLast: false));

        var refused = Assert.Throws<IllegalTransitionException>(() => lifecycle.Fire(RequestTrigger.Confirm));

        Assert.Equal(RequestTrigger.Confirm, refused.Trigger);
        Assert.Equal(RequestStatus.Submitted, state);
    }

    [Fact]
    public void ToMermaid_NamesEveryStateAndTrigger()
    {
        var diagram = RequestLifecycle.ToMermaid();

        Assert.StartsWith("stateDiagram-v2", diagram.TrimStart());
        foreach (var name in Enum.GetNames<RequestStatus>().Concat(Enum.GetNames<RequestTrigger>()))
        {
            Assert.Contains(name, diagram);
        }
    }
}
