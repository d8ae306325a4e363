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

    public static TheoryData<RequestStatus, RequestTrigger> IllegalMoves()
    {
        var legal = LegalMoves.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        var data = new TheoryData<RequestStatus, RequestTrigger>();
        foreach (var state in Enum.GetValues<RequestStatus>())
        {
            foreach (var trigger in Enum.GetValues<RequestTrigger>().Where(t => !legal.Contains((state, t))))
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

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
        Assert.Equal([RequestStatus.Submitted, RequestStatus.Returned, RequestStatus.Confirmed, RequestStatus.Superseded, RequestStatus.Withdrawn], RequestStatuses.Filed);
        Assert.Equal([RequestStatus.Confirmed], RequestStatuses.InForce);
        Assert.Equal([RequestStatus.Submitted, RequestStatus.Returned], RequestStatuses.Withdrawable);
        Assert.Equal([RequestStatus.Draft], RequestStatuses.NeverFiled);
        Assert.Equal([RequestStatus.Superseded, RequestStatus.Withdrawn], RequestStatuses.Ended);
        Assert.Equal([RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Returned, RequestStatus.Confirmed], RequestStatuses.Standing);
    }

    [Fact]
    public void PermittedTriggers_Submitted_AreReturnConfirmAndWithdraw()
    {
        var state = RequestStatus.Submitted;
        var lifecycle = new RequestLifecycle(() => state, s => state = s);

        Assert.Equal([RequestTrigger.Return, RequestTrigger.Confirm, RequestTrigger.Withdraw], lifecycle.PermittedTriggers);
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
