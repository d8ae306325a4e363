using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;
using static ContractorAiReview.UnitTests.Domain.Routing.RouteScenario;
using ContractorAiReview.UnitTests.Domain.Requests;

namespace ContractorAiReview.UnitTests.Domain.Routing;

/// <summary>Every move at every step of a route, legal and refused.</summary>
public sealed class RouteMovesTests
{
    [Fact]
    public void Submit_PinsTheRouteAndWaitsUnassignedAtTheFirstStepWithItsDeadline()
    {
        var route = TwoSteps();

        var request = Filed(route);

        Assert.Same(route, request.Route);
        Assert.Equal(0, request.CurrentStep);
        Assert.True(request.IsUnassigned);
        Assert.Equal("担当", request.CurrentRouteStep!.Title);
        // Filed Tuesday 24 November 2026: five business days are 25, 26, 27 November and 30 November, 1 December.
        Assert.Equal(new DateOnly(2026, 12, 1), request.StepDueOn);
        Assert.Equal(Now, request.HeldSinceUtc);
    }

    [Fact]
    public void Resubmit_KeepsTheRouteFiledUnder_EvenAfterTheDepartmentChangedIt()
    {
        var first = TwoSteps();
        var request = Filed(first);
        request.Claim(Officer, Now);
        request.Return(Officer, Now, "記載不足");
        var changed = ApprovalRoute.Create(DepartmentId, first, ApprovalRoute.SingleStep(10), "admin", Now);

        request.Pledged().Submit(Contractor, Now.AddDays(1), ProcessingDays, changed);

        Assert.Same(first, request.Route);
        Assert.Equal(0, request.CurrentStep);
    }

    [Fact]
    public void Submit_RouteOfAnotherDepartment_Refused()
    {
        var other = ApprovalRoute.Create(DepartmentId + 1, null, ApprovalRoute.SingleStep(10), "admin", Now);

        Assert.Throws<DomainRuleException>(() => Draft().Submit(Contractor, Now, ProcessingDays, other));
    }

    [Fact]
    public void TwoSteps_OfficerForwards_ChiefClaimsAndConfirms_HistoryNamesEachStepAndHolder()
    {
        var request = Filed(TwoSteps());

        request.Claim(Officer, Now);
        Assert.False(request.Permits(RequestTrigger.Confirm)); // 担当 does not decide on a two-step route
        request.Forward(Officer, Now.AddHours(1));
        Assert.Equal(1, request.CurrentStep);
        Assert.True(request.IsUnassigned);
        request.Claim(Chief, Now.AddHours(2));
        request.Confirm(Chief, Now.AddHours(3), amended: null);

        Assert.Equal(RequestStatus.Confirmed, request.Status);
        Assert.Null(request.CurrentStep);
        Assert.Null(request.AssigneeUserId);
        Assert.Equal(
            [
                (RequestTrigger.Submit, (int?)0, (string?)null),
                (RequestTrigger.Claim, 0, Officer.Name),
                (RequestTrigger.Forward, 1, null),
                (RequestTrigger.Claim, 1, Chief.Name),
                (RequestTrigger.Confirm, null, null),
            ],
            request.History.Select(h => (h.Trigger, h.Step, h.HolderName)));
    }

    [Fact]
    public void ThreeSteps_EachApprovalStepIsClaimedAndForwarded_OnlyTheLastConfirms()
    {
        var route = ApprovalRoute.Create(DepartmentId, null,
            [new("担当", StepHolder.DepartmentOfficer, 5), new("課長", StepHolder.Approver, 3), new("局長", StepHolder.Approver, 2)], "admin", Now);
        var request = Filed(route);
        request.Claim(Officer, Now);
        request.Forward(Officer, Now);
        request.Claim(Chief, Now);

        Assert.Throws<IllegalTransitionException>(() => request.Confirm(Chief, Now, amended: null));
        request.Forward(Chief, Now);
        request.Claim(DeputyChief, Now);
        request.Confirm(DeputyChief, Now, amended: null);

        Assert.Equal(RequestStatus.Confirmed, request.Status);
    }

    [Fact]
    public void SendBack_FromApproval_GoesToTheOfficerWhoForwarded_WithAReasonInTheHistoryOnly()
    {
        var request = AtApproval();
        request.Claim(Chief, Now.AddHours(2));

        request.SendBack(Chief, Now.AddHours(3), "  条件の記載を確認してください  ");

        Assert.Equal(0, request.CurrentStep);
        Assert.True(request.IsHeldBy(Officer.UserId));
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Null(request.ReturnReason); // the contractor is not told
        var entry = request.History[^1];
        Assert.Equal((RequestTrigger.SendBack, "条件の記載を確認してください", true), (entry.Trigger, entry.Reason, entry.IsOfficeOnly));
    }

    [Fact]
    public void SendBack_FromTheFirstStep_Refused()
    {
        var request = Filed(TwoSteps());
        request.Claim(Officer, Now);

        Assert.Throws<IllegalTransitionException>(() => request.SendBack(Officer, Now, "理由"));
        Assert.Equal(0, request.CurrentStep);
    }

    [Fact]
    public void Forward_AtTheLastStep_Refused()
    {
        var request = AtApproval();
        request.Claim(Chief, Now);

        Assert.Throws<IllegalTransitionException>(() => request.Forward(Chief, Now));
    }

    [Fact]
    public void Return_FromTheApprovalStep_GoesToTheContractorAndLeavesTheRoute()
    {
        var request = AtApproval();
        request.Claim(Chief, Now);

        request.Return(Chief, Now, "再委託先の記載がありません");

        Assert.Equal(RequestStatus.Returned, request.Status);
        Assert.Equal("再委託先の記載がありません", request.ReturnReason);
        Assert.Null(request.CurrentStep);
        Assert.Null(request.StepDueOn);
    }

    /// <summary>Nobody moves a task they do not hold: not unassigned, not held by a colleague.</summary>
    [Fact]
    public void Moves_ByWhoeverDoesNotHoldTheTask_RefusedAndNothingChanges()
    {
        var request = Filed(TwoSteps());
        var version = request.Version;

        Assert.Throws<NotHolderException>(() => request.Forward(Officer, Now));
        Assert.Throws<NotHolderException>(() => request.Return(Officer, Now, "理由"));
        Assert.Throws<NotHolderException>(() => request.Release(Officer, Now));
        request.Claim(Officer, Now);
        version = request.Version;
        Assert.Throws<NotHolderException>(() => request.Forward(OtherOfficer, Now));
        Assert.Throws<NotHolderException>(() => request.Return(OtherOfficer, Now, "理由"));

        Assert.Equal(version, request.Version);
        Assert.True(request.IsHeldBy(Officer.UserId));
    }

    [Fact]
    public void Claim_HeldTask_RefusedForTheSecondClaimant()
    {
        var request = Filed(TwoSteps());
        request.Claim(Officer, Now);

        var refused = Assert.Throws<DomainRuleException>(() => request.Claim(OtherOfficer, Now));

        Assert.Contains(Officer.Name, refused.Message);
        Assert.True(request.IsHeldBy(Officer.UserId));
    }

    [Fact]
    public void Claim_StepOfAnotherRole_Refused()
    {
        Assert.Throws<DomainRuleException>(() => Filed(TwoSteps()).Claim(Chief, Now));
        Assert.Throws<DomainRuleException>(() => AtApproval().Claim(Officer, Now));
    }

    [Fact]
    public void Release_ReturnsTheTaskUnassigned()
    {
        var request = Filed(TwoSteps());
        request.Claim(Officer, Now);

        request.Release(Officer, Now.AddHours(1));

        Assert.True(request.IsUnassigned);
        Assert.Equal(Now.AddHours(1), request.HeldSinceUtc);
    }

    [Fact]
    public void Reassign_ToADeputyWithAReason_RecordsBoth()
    {
        var request = AtApproval();
        request.Claim(Chief, Now);

        request.Reassign(OtherOfficer, DeputyChief, Now.AddHours(1), "課長休暇のため代理決裁");

        Assert.True(request.IsHeldBy(DeputyChief.UserId));
        var entry = request.History[^1];
        Assert.Equal((RequestTrigger.Reassign, OtherOfficer.UserId, "課長休暇のため代理決裁", DeputyChief.Name),
            (entry.Trigger, entry.ActorUserId, entry.Reason, entry.HolderName));
    }

    [Fact]
    public void Reassign_WithoutReason_ToAnotherRole_OrToTheHolder_Refused()
    {
        var request = AtApproval();
        request.Claim(Chief, Now);

        Assert.Throws<DomainRuleException>(() => request.Reassign(Chief, DeputyChief, Now, " "));
        Assert.Throws<DomainRuleException>(() => request.Reassign(Chief, OtherOfficer, Now, "代理"));
        Assert.Throws<DomainRuleException>(() => request.Reassign(Chief, Chief, Now, "代理"));
        Assert.True(request.IsHeldBy(Chief.UserId));
    }

    [Fact]
    public void Forward_SetsTheNextStepsDeadlineInBusinessDays()
    {
        var request = Filed(TwoSteps());
        request.Claim(Officer, Now);

        // Forwarded Friday 27 November 2026: three business days are 30 November, 1 and 2 December.
        request.Forward(Officer, new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 2), request.StepDueOn);
        Assert.False(request.IsStepOverdueOn(new DateOnly(2026, 12, 2)));
        Assert.True(request.IsStepOverdueOn(new DateOnly(2026, 12, 3)));
        // Late as a task once the step is, though the whole request is due only on 8 December.
        Assert.Equal(new DateOnly(2026, 12, 8), request.DecisionDueOn);
        Assert.False(request.IsTaskOverdueOn(new DateOnly(2026, 12, 2)));
        Assert.True(request.IsTaskOverdueOn(new DateOnly(2026, 12, 3)));
    }

    [Fact]
    public void Withdraw_WhileAtAStep_LeavesTheRoute()
    {
        var request = AtApproval();

        request.Withdraw(Contractor, Now, "契約内容の変更のため");

        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Null(request.CurrentStep);
    }

    [Fact]
    public void SuspendResumeRevoke_EachWithItsReason_RevocationIsFinal()
    {
        var request = Confirmed();

        request.Suspend(Officer, Now, "利用ログの未提出");
        Assert.True(request.IsSuspended);
        Assert.False(request.IsInForce);
        Assert.Equal("利用ログの未提出", request.SanctionReason);
        request.Resume(Officer, Now, "提出を確認");
        Assert.True(request.IsInForce);
        request.Revoke(Officer, Now, "個人情報の入力が判明");

        Assert.True(request.IsRevoked);
        Assert.Empty(request.PermittedTriggers);
        Assert.Throws<IllegalTransitionException>(() => request.Resume(Officer, Now, "再開"));
        Assert.Equal(
            [RequestTrigger.Suspend, RequestTrigger.Resume, RequestTrigger.Revoke],
            request.History.Where(h => RequestTriggers.Sanctions.Contains(h.Trigger)).Select(h => h.Trigger));
    }

    [Fact]
    public void Sanctions_WithoutReason_OrBeforeConfirmation_Refused()
    {
        Assert.Throws<DomainRuleException>(() => Confirmed().Revoke(Officer, Now, ""));
        Assert.Throws<IllegalTransitionException>(() => Filed(OneStep()).Suspend(Officer, Now, "理由"));
    }

    [Fact]
    public void Permits_RouteNotLoaded_SaysSoInsteadOfGuessingTheStep()
    {
        var request = Filed(TwoSteps());
        typeof(ConfirmationRequest).GetProperty(nameof(ConfirmationRequest.RouteId))!.SetValue(request, 3);
        typeof(ConfirmationRequest).GetProperty(nameof(ConfirmationRequest.Route))!.SetValue(request, null);

        Assert.Throws<InvalidOperationException>(() => request.Permits(RequestTrigger.Confirm));
    }
}
