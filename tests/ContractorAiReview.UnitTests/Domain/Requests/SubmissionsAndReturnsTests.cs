using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Changes;
using static ContractorAiReview.UnitTests.Domain.Routing.RouteScenario;

namespace ContractorAiReview.UnitTests.Domain.Requests;

public sealed class SubmissionsAndReturnsTests
{
    private static readonly ReturnItem MethodItem = new(ReturnTarget.ForField(FormField.Method), "確認の手順を書いてください。");
    private static readonly ReturnItem ChecklistItem = new(ReturnTarget.ForChecklistItem(6), "オプトアウトの設定方法を確認してください。");

    private static ConfirmationRequest Returned(params ReturnItem[] items)
    {
        var request = Filed(OneStep());
        request.Claim(Officer, Now);
        request.Return(Officer, Now.AddHours(1), "下記の項目を補正してください。", resubmitBy: null, items);
        return request;
    }

    [Fact]
    public void Submit_KeepsWhatWasSent_LaterEditsDoNotReachIt()
    {
        var request = Draft();
        request.UpdateContent(new RequestContent { Method = "最初の方法", PledgeAcknowledged = true });
        request.Submit(Contractor, Now, ProcessingDays, OneStep());
        request.Claim(Officer, Now);
        request.Return(Officer, Now.AddHours(1), "補正してください。");

        request.UpdateContent(new RequestContent { Method = "直した方法", PledgeAcknowledged = true });
        request.Submit(Contractor, Now.AddDays(1), ProcessingDays, OneStep());

        Assert.Equal(["最初の方法", "直した方法"], request.Submissions.Select(s => s.Content.Method));
        Assert.Equal([RequestTrigger.Submit, RequestTrigger.Resubmit], request.Submissions.Select(s => s.Trigger));
        Assert.All(request.Submissions, s => Assert.Equal(request.GuidelineVersion, s.GuidelineVersion));
        Assert.NotSame(request.Content, request.Submissions[^1].Content);
    }

    [Fact]
    public void Return_ItemsOnTheRequestAndItsHistory()
    {
        var request = Returned(MethodItem, ChecklistItem);

        Assert.Equal([MethodItem, ChecklistItem], request.ReturnItems);
        Assert.Equal([MethodItem, ChecklistItem], request.History[^1].ReturnItems!);
    }

    [Fact]
    public void Resubmit_ClearsTheReturnedItems_HistoryKeepsThem()
    {
        var request = Returned(MethodItem);

        request.Pledged().Submit(Contractor, Now.AddDays(1), ProcessingDays, OneStep());

        Assert.Empty(request.ReturnItems);
        Assert.Equal([MethodItem], request.History.Single(h => h.Trigger == RequestTrigger.Return).ReturnItems!);
    }

    [Fact]
    public void Return_ItemWithoutReason_Refused()
    {
        var request = Filed(OneStep());
        request.Claim(Officer, Now);

        Assert.Throws<DomainRuleException>(() =>
            request.Return(Officer, Now, "補正してください。", items: [new ReturnItem(ReturnTarget.ForField(FormField.Purpose), " ")]));
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void CreateChange_AsksAfreshWhatChangesAndWhy()
    {
        var confirmed = Confirmed();
        confirmed.UpdateContentForTest(c => (c.ChangeDescription, c.ChangeReason) = ("前回の変更", "前回の理由"));

        var change = confirmed.CreateChange("AI2026-0002", confirmed.GuidelineVersion, Contractor, Now.AddDays(2));

        Assert.Null(change.Content.ChangeDescription);
        Assert.Null(change.Content.ChangeReason);
    }
}

internal static class RequestTestExtensions
{
    /// <summary>Sets answers on a request whatever its status, as data loaded from an older filing would hold them.</summary>
    public static void UpdateContentForTest(this ConfirmationRequest request, Action<RequestContent> change) => change(request.Content);
}

public sealed class ReturnFollowUpTests
{
    [Fact]
    public void Resubmitted_EachReturnedItemSaysWhetherItChanged()
    {
        var request = Draft();
        request.UpdateContent(new RequestContent { Method = "最初の方法", Purpose = "目的", PledgeAcknowledged = true });
        request.Submit(Contractor, Now, ProcessingDays, OneStep());
        request.Claim(Officer, Now);
        ReturnItem method = new(ReturnTarget.ForField(FormField.Method), "手順を書いてください。");
        ReturnItem purpose = new(ReturnTarget.ForField(FormField.Purpose), "目的を具体的に。");
        request.Return(Officer, Now.AddHours(1), "補正してください。", items: [method, purpose]);
        Assert.Null(ReturnFollowUp.Of(request));

        request.UpdateContent(new RequestContent { Method = "確認してから使う方法", Purpose = "目的", PledgeAcknowledged = true });
        request.Submit(Contractor, Now.AddDays(1), ProcessingDays, OneStep());

        Assert.Equal([(method, true), (purpose, false)], ReturnFollowUp.Of(request)!.Select(a => (a.Item, a.Changed)));
    }
}
