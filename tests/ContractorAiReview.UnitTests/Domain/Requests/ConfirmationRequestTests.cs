using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;

namespace ContractorAiReview.UnitTests.Domain.Requests;

public sealed class ConfirmationRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);
    private static readonly Actor Contractor = new("u1", "高橋 健", "Contractor");
    private static readonly Actor Officer = new("u2", "中村 由美", "DepartmentOfficer");
    private const int ProcessingDays = 10;

    /// <summary>The department's one-step route: its officer checks and decides.</summary>
    private static readonly ApprovalRoute Route = ApprovalRoute.Create(5, latest: null, ApprovalRoute.SingleStep(ProcessingDays), "admin", Now);

    /// <summary>The officer takes the waiting request first, as the department's staff do before they decide.</summary>
    private static ConfirmationRequest Held(ConfirmationRequest request)
    {
        if (request.IsUnassigned)
        {
            request.Claim(Officer, Now);
        }

        return request;
    }

    [Fact]
    public void CreateNew_ContractWithoutSpecialSpecification_Refused()
    {
        var contract = new Contract { Id = 1, Name = "業務", ContractorId = 1, DepartmentId = 1, FiscalYear = 2026 };

        Assert.Throws<DomainRuleException>(() => ConfirmationRequest.CreateNew(contract, "AI2026-0001", "osaka-contractor/1.1", new RequestContent(), Contractor, Now));
    }

    [Fact]
    public void SubmitReturnResubmitConfirm_RecordsEveryMoveWithActorRoleTimeAndReason()
    {
        var request = NewDraft();

        request.Submit(Contractor, Now, ProcessingDays, Route);
        Held(request).Return(Officer, Now.AddHours(1), "  利用ログの管理体制を具体的に  ");
        Assert.Equal("利用ログの管理体制を具体的に", request.ReturnReason);
        request.UpdateContent(request.Content);
        request.Pledged().Submit(Contractor, Now.AddHours(2), ProcessingDays, Route);
        Held(request).Confirm(Officer, Now.AddHours(3), amended: null);

        Assert.Equal(RequestStatus.Confirmed, request.Status);
        Assert.Null(request.ReturnReason);
        Assert.Equal(Now.AddHours(3), request.ConfirmedAtUtc);
        Assert.Collection(
            request.History,
            t => AssertMove(t, RequestTrigger.Submit, RequestStatus.Draft, RequestStatus.Submitted, Contractor, Now, null),
            t => AssertMove(t, RequestTrigger.Claim, RequestStatus.Submitted, RequestStatus.Submitted, Officer, Now, null),
            t => AssertMove(t, RequestTrigger.Return, RequestStatus.Submitted, RequestStatus.Returned, Officer, Now.AddHours(1), "利用ログの管理体制を具体的に"),
            t => AssertMove(t, RequestTrigger.Resubmit, RequestStatus.Returned, RequestStatus.Submitted, Contractor, Now.AddHours(2), null),
            t => AssertMove(t, RequestTrigger.Claim, RequestStatus.Submitted, RequestStatus.Submitted, Officer, Now, null),
            t => AssertMove(t, RequestTrigger.Confirm, RequestStatus.Submitted, RequestStatus.Confirmed, Officer, Now.AddHours(3), null));
    }

    /// <summary>
    /// Filed on Friday 25 December 2026 (Japan time) with 10 business days: the 28th counts, the year-end closure
    /// (12/29-1/3), the weekends and 成人の日 (11 January 2027) do not, so the decision is due on Friday 15 January.
    /// </summary>
    [Fact]
    public void Submit_OverTheYearEnd_DecisionDueSkipsTheClosureWeekendsAndHoliday()
    {
        var request = NewDraft();

        request.Submit(Contractor, new DateTimeOffset(2026, 12, 25, 1, 0, 0, TimeSpan.Zero), ProcessingDays, Route);

        Assert.Equal(new DateOnly(2027, 1, 15), request.DecisionDueOn);
        Assert.False(request.IsOverdueOn(new DateOnly(2027, 1, 15)));
        Assert.True(request.IsOverdueOn(new DateOnly(2027, 1, 16)));
    }

    [Fact]
    public void Return_ResubmissionDateKeptUntilResubmitted_ADateInThePastRefused()
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);

        Assert.Throws<DomainRuleException>(() => Held(request).Return(Officer, Now, "理由", new DateOnly(2026, 11, 21)));
        Held(request).Return(Officer, Now, "理由", new DateOnly(2026, 12, 1));
        Assert.Equal(new DateOnly(2026, 12, 1), request.ResubmitBy);
        Assert.False(request.IsOverdueOn(new DateOnly(2026, 12, 31)));

        request.UpdateContent(request.Content);
        request.Pledged().Submit(Contractor, Now.AddDays(1), ProcessingDays, Route);
        Assert.Null(request.ResubmitBy);
    }

    [Fact]
    public void Withdraw_Returned_EndsReadOnlyWithTheReasonInTheHistory()
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);
        Held(request).Return(Officer, Now.AddHours(1), "記載不足");

        request.Withdraw(Contractor, Now.AddHours(2), "  業務の方針が変わり、生成AIを利用しないことにしたため  ");

        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        AssertMove(request.History[^1], RequestTrigger.Withdraw, RequestStatus.Returned, RequestStatus.Withdrawn, Contractor, Now.AddHours(2),
            "業務の方針が変わり、生成AIを利用しないことにしたため");
        Assert.False(request.IsEditable);
        Assert.False(request.IsWithdrawable);
        Assert.Throws<IllegalTransitionException>(() => request.UpdateContent(request.Content));
        Assert.Throws<IllegalTransitionException>(() => request.Submit(Contractor, Now.AddHours(3), ProcessingDays, Route));
    }

    [Fact]
    public void Withdraw_WithoutAReason_RefusedAndNothingRecorded()
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);

        Assert.Throws<DomainRuleException>(() => request.Withdraw(Contractor, Now, " "));
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Single(request.History);
    }

    [Fact]
    public void Withdraw_ConfirmedOrDraft_Refused()
    {
        var draft = NewDraft();
        Assert.True(draft.IsDeletable);
        Assert.Throws<IllegalTransitionException>(() => draft.Withdraw(Contractor, Now, "理由"));

        var confirmed = NewDraft();
        confirmed.Submit(Contractor, Now, ProcessingDays, Route);
        Assert.False(confirmed.IsDeletable);
        Held(confirmed).Confirm(Officer, Now, amended: null);
        Assert.Throws<IllegalTransitionException>(() => confirmed.Withdraw(Contractor, Now, "理由"));
        Assert.Equal(RequestStatus.Confirmed, confirmed.Status);
    }

    [Fact]
    public void Confirm_Draft_RefusedAndNothingRecorded()
    {
        var request = NewDraft();

        Assert.Throws<IllegalTransitionException>(() => Held(request).Confirm(Officer, Now, amended: null));
        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Empty(request.History);
    }

    [Fact]
    public void UpdateContent_Submitted_Refused()
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);

        Assert.Throws<IllegalTransitionException>(() => request.UpdateContent(new RequestContent { Business = "changed" }));
        Assert.NotEqual("changed", request.Content.Business);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutReason_Refused(string reason)
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);

        Assert.Throws<DomainRuleException>(() => Held(request).Return(Officer, Now, reason));
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void CreateChange_Confirmed_DraftPrefilledLinkedAndChecklistToConfirmAgain()
    {
        var request = NewDraft(new RequestContent { Business = "集計", TickedChecklistItems = [1, 2, 3], PledgeAcknowledged = true });
        request.Submit(Contractor, Now, ProcessingDays, Route);
        Held(request).Confirm(Officer, Now, amended: null);

        var change = request.CreateChange("AI2026-0002", "osaka-contractor/1.1", Contractor, Now.AddDays(1));

        Assert.Equal(RequestKind.Change, change.Kind);
        Assert.Equal(request.Id, change.AmendsRequestId);
        Assert.Equal(RequestStatus.Draft, change.Status);
        Assert.Equal("集計", change.Content.Business);
        Assert.Empty(change.Content.TickedChecklistItems);
        Assert.Equal([1, 2, 3], request.Content.TickedChecklistItems);
    }

    [Fact]
    public void Confirm_ChangeRequest_SupersedesTheAmendedInTheSameStep()
    {
        var (confirmed, change) = ConfirmedWithSubmittedChange();

        Held(change).Confirm(Officer, Now.AddDays(2), confirmed);

        Assert.Equal(RequestStatus.Confirmed, change.Status);
        Assert.Equal(RequestStatus.Superseded, confirmed.Status);
        var superseded = confirmed.History[^1];
        AssertMove(superseded, RequestTrigger.Supersede, RequestStatus.Confirmed, RequestStatus.Superseded, Officer, Now.AddDays(2), change.Number);
    }

    [Fact]
    public void Confirm_ChangeRequestWithoutTheAmended_RefusedAndNothingMoves()
    {
        var (confirmed, change) = ConfirmedWithSubmittedChange();

        Assert.Throws<DomainRuleException>(() => Held(change).Confirm(Officer, Now, amended: null));
        Assert.Equal(RequestStatus.Submitted, change.Status);
        Assert.Equal(RequestStatus.Confirmed, confirmed.Status);
    }

    [Fact]
    public void Confirm_NewRequestWithAnAmended_Refused()
    {
        var (confirmed, _) = ConfirmedWithSubmittedChange();
        var other = NewDraft();
        other.Submit(Contractor, Now, ProcessingDays, Route);
        SetId(confirmed, 42);

        Assert.Throws<DomainRuleException>(() => Held(other).Confirm(Officer, Now, confirmed));
        Assert.Equal(RequestStatus.Confirmed, confirmed.Status);
    }

    [Fact]
    public void Questions_EachStatus_AnsweredFromTheLifecycle()
    {
        var request = NewDraft();
        Assert.True(request is { IsEditable: true, IsOpen: true, IsFiled: false, AwaitsDecision: false, IsInForce: false });

        request.Submit(Contractor, Now, ProcessingDays, Route);
        Assert.True(request is { IsEditable: false, IsOpen: true, IsFiled: true, AwaitsDecision: true, AwaitsResubmission: false });

        Held(request).Return(Officer, Now, "理由");
        Assert.True(request is { IsEditable: true, IsOpen: true, AwaitsDecision: false, AwaitsResubmission: true });

        request.Pledged().Submit(Contractor, Now, ProcessingDays, Route);
        Held(request).Confirm(Officer, Now, amended: null);
        Assert.True(request is { IsEditable: false, IsOpen: false, IsFiled: true, IsInForce: true });
        Assert.Equal([RequestTrigger.Supersede, RequestTrigger.Suspend, RequestTrigger.Revoke], request.PermittedTriggers);
    }

    private static (ConfirmationRequest Confirmed, ConfirmationRequest Change) ConfirmedWithSubmittedChange()
    {
        var confirmed = NewDraft();
        confirmed.Submit(Contractor, Now, ProcessingDays, Route);
        Held(confirmed).Confirm(Officer, Now, amended: null);
        var change = confirmed.CreateChange("AI2026-0002", "osaka-contractor/1.1", Contractor, Now.AddDays(1));
        change.Pledged().Submit(Contractor, Now.AddDays(1), ProcessingDays, Route);
        return (confirmed, change);
    }

    /// <summary>Ids come from the database; a unit test gives one by hand.</summary>
    private static void SetId(ConfirmationRequest request, int id) =>
        typeof(ConfirmationRequest).GetProperty(nameof(ConfirmationRequest.Id))!.SetValue(request, id);

    [Fact]
    public void CreateChange_NotConfirmed_Refused()
    {
        Assert.Throws<DomainRuleException>(() => NewDraft().CreateChange("AI2026-0002", "osaka-contractor/1.1", Contractor, Now));
    }

    [Fact]
    public void UpdateContent_DropsAnswersThatNoLongerApply()
    {
        var request = NewDraft();
        var content = new RequestContent
        {
            Subcontractors = [" 株式会社下請 ", "  "],
            Services = [new AiServiceUse { Modalities = AiModality.Text, Provenance = TrainingDataProvenance.Curated, OtherModality = "x" }],
        };

        request.UpdateContent(content);

        Assert.Equal(["株式会社下請"], request.Content.Subcontractors);
        Assert.Null(request.Content.Services[0].Provenance);
        Assert.Null(request.Content.Services[0].OtherModality);
        Assert.Equal(" 株式会社下請 ", content.Subcontractors[0]);
    }

    [Fact]
    public void Submit_PledgeNotAcknowledged_RefusedAndStillDraft()
    {
        var request = NewDraft(new RequestContent { PledgeAcknowledged = false });

        Assert.Throws<DomainRuleException>(() => request.Submit(Contractor, Now, ProcessingDays, Route));
        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Empty(request.Submissions);
    }

    [Fact]
    public void Submit_PledgeAcknowledged_RecordedWithTheFiling()
    {
        var request = NewDraft();

        request.Submit(Contractor, Now, ProcessingDays, Route);

        Assert.True(request.Submissions.Single().Content.PledgeAcknowledged);
    }

    [Fact]
    public void Return_ClearsThePledge_ResubmissionNeedsItAgain()
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);
        Held(request).Return(Officer, Now, "記載を補ってください");

        Assert.False(request.Content.PledgeAcknowledged);
        Assert.True(request.Submissions.Single().Content.PledgeAcknowledged); // the first filing keeps what it pledged
        Assert.Throws<DomainRuleException>(() => request.Submit(Contractor, Now.AddDays(1), ProcessingDays, Route));
        Assert.Equal(RequestStatus.Returned, request.Status);
    }

    [Fact]
    public void CreateChange_PledgedAfresh()
    {
        var request = NewDraft();
        request.Submit(Contractor, Now, ProcessingDays, Route);
        Held(request).Confirm(Officer, Now, amended: null);

        var change = request.CreateChange("AI2026-0002", "osaka-contractor/1.1", Contractor, Now.AddDays(1));

        Assert.False(change.Content.PledgeAcknowledged);
    }

    private static ConfirmationRequest NewDraft(RequestContent? content = null)
    {
        var contract = new Contract { Id = 7, Name = "業務", ContractorId = 3, DepartmentId = 5, FiscalYear = 2026 };
        contract.AttachSpecialSpecification("osaka-contractor/1.1", Now);
        return ConfirmationRequest.CreateNew(contract, "AI2026-0001", "osaka-contractor/1.1", content ?? new RequestContent { PledgeAcknowledged = true }, Contractor, Now);
    }

    private static void AssertMove(
        RequestTransition transition, RequestTrigger trigger, RequestStatus from, RequestStatus to, Actor actor, DateTimeOffset at, string? reason)
    {
        Assert.Equal(trigger, transition.Trigger);
        Assert.Equal(from, transition.From);
        Assert.Equal(to, transition.To);
        Assert.Equal(actor.UserId, transition.ActorUserId);
        Assert.Equal(actor.Name, transition.ActorName);
        Assert.Equal(actor.Role, transition.ActorRole);
        Assert.Equal(at, transition.OccurredAtUtc);
        Assert.Equal(TimeSpan.Zero, transition.OccurredAtUtc.Offset);
        Assert.Equal(reason, transition.Reason);
    }
}
