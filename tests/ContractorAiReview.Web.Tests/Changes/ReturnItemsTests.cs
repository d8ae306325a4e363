using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Changes;

/// <summary>
/// 補正 on the web: the officer's reasons per field, service and checklist item are stored on the return and its
/// history, reach the contractor's page, and after the resubmission each says whether it was changed; every filing is
/// kept as sent.
/// </summary>
public sealed class ReturnItemsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ReviewCommands Reviews => app.Get<ReviewCommands>();

    [Fact]
    public async Task Return_ItemsStoredOnTheRequestAndHistory_ContractorSeesThem()
    {
        var (contractor, officer, id, version) = await FiledAsync();
        var content = (await app.Get<RequestQueries>().GetAsync(contractor, id, Ct))!.Request.Content;
        ReturnItem[] items =
        [
            new(ReturnTarget.ForField(FormField.UsageLogManagement), "保存期間を書いてください。"),
            new(ReturnTarget.ForService(content.Services[0]), "利用プランを書いてください。"),
            new(ReturnTarget.ForChecklistItem(6), "設定画面の確認方法を書いてください。"),
        ];

        Assert.True((await Reviews.ReturnAsync(officer, id, version, "下記の項目を補正してください。", items, ct: Ct)).Succeeded);

        var seen = (await app.Get<RequestQueries>().GetAsync(contractor, id, Ct))!;
        Assert.Equal(items, seen.Request.ReturnItems);
        Assert.Equal(items, seen.History.Single(h => h.Trigger == RequestTrigger.Return).ReturnItems!);
    }

    [Fact]
    public async Task Return_ItemWithoutReasonOrTooLong_RefusedAndNamed_NothingMoves()
    {
        var (_, officer, id, version) = await FiledAsync();

        var refused = await Reviews.ReturnAsync(officer, id, version, "補正してください。",
            [new(ReturnTarget.ForField(FormField.Purpose), "目的を具体的に。"), new(ReturnTarget.ForField(FormField.Method), "  "),
             new(ReturnTarget.ForField(FormField.Business), new string('長', ReviewCommands.MaxReasonLength + 1))], ct: Ct);

        Assert.Equal(CommandOutcome.Invalid, refused.Outcome);
        Assert.Equal(["Items[1]", "Items[2]"], refused.Errors!.Keys.Order());
        Assert.Equal(RequestStatus.Submitted, (await app.Get<RequestQueries>().GetAsync(officer, id, Ct))!.Request.Status);
    }

    [Fact]
    public async Task Return_ItemAboutAServiceNotInTheRequest_Refused()
    {
        var (_, officer, id, version) = await FiledAsync();

        var refused = await Reviews.ReturnAsync(officer, id, version, "補正してください。",
            [new(ReturnTarget.ForService(new AiServiceUse { ServiceName = "申請にないサービス" }), "これは何ですか。")], ct: Ct);

        Assert.Equal(CommandOutcome.Invalid, refused.Outcome);
        Assert.Equal(["Items[0]"], refused.Errors!.Keys);
    }

    [Fact]
    public async Task Resubmitted_OfficerSeesWhichReturnedItemsChanged_EachFilingKeptAsSent()
    {
        var (contractor, officer, id, version) = await FiledAsync();
        ReturnItem log = new(ReturnTarget.ForField(FormField.UsageLogManagement), "保存期間を書いてください。");
        ReturnItem purpose = new(ReturnTarget.ForField(FormField.Purpose), "目的を具体的に。");
        Assert.True((await Reviews.ReturnAsync(officer, id, version, "補正してください。", [log, purpose], ct: Ct)).Succeeded);

        var returned = (await app.Get<RequestQueries>().GetAsync(contractor, id, Ct))!.Request;
        var content = returned.Content.Clone();
        var firstLog = content.UsageLogManagement;
        content.UsageLogManagement += "ログは1年間保存する。";
        content.PledgeAcknowledged = true; // a return clears the pledge: the contractor makes it again
        Assert.True((await app.Get<RequestCommands>().SubmitAsync(contractor, id, returned.Version, content, Ct)).Succeeded);

        var detail = (await app.Get<RequestQueries>().GetAsync(officer, id, Ct))!;
        Assert.Equal([(log, true), (purpose, false)], detail.ReturnFollowUp!.Select(a => (a.Item, a.Changed)));
        Assert.Equal([firstLog, content.UsageLogManagement], detail.Request.Submissions.Select(s => s.Content.UsageLogManagement));
        Assert.Equal([RequestTrigger.Submit, RequestTrigger.Resubmit], detail.Request.Submissions.Select(s => s.Trigger));
    }

    [Fact]
    public async Task Submission_TheDatabaseRefusesToChangeIt()
    {
        var (_, _, id, _) = await FiledAsync();
        await using var db = await app.DbAsync();
        var submission = await db.RequestSubmissions.FirstAsync(s => s.RequestId == id, Ct);

        var update = await BehindTheApp.RefusedAsync(app, $$"""UPDATE "RequestSubmissions" SET "Content" = '{}' WHERE "Id" = {{submission.Id}}""", Ct);
        var delete = await BehindTheApp.RefusedAsync(app, $"""DELETE FROM "RequestSubmissions" WHERE "Id" = {submission.Id}""", Ct);

        Assert.Contains("immutable", update.Message, StringComparison.Ordinal);
        Assert.Contains("immutable", delete.Message, StringComparison.Ordinal);
    }

    /// <summary>A request the contractor filed and the officer holds: who's who, its id and version.</summary>
    private async Task<(CurrentUser Contractor, CurrentUser Officer, int Id, int Version)> FiledAsync()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await app.FileAsync(contractor, "区民アンケート集計分析業務委託", Ct);
        return (contractor, officer, id, await app.ClaimAsync(officer, id, version, Ct));
    }
}
