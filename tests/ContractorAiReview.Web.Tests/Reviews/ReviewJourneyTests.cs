using System.Net;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Contracts;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Reviews;

/// <summary>The whole procedure on the real app host and a temporary SQLite file: file, return, resubmit, confirm, download.</summary>
public sealed class ReviewJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SubmitReturnResubmitConfirm_NoticeDownloadsAndReadsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var requests = app.Get<RequestCommands>();
        var reviews = app.Get<ReviewCommands>();
        var confirmedContract = (await app.Get<RequestQueries>().FileableContractsAsync(contractor, ct)).First(c => c.Name == "区民アンケート集計分析業務委託");
        var content = TestContent.Complete();

        // Its use is confirmed already: a second 新規 is refused and names the confirmed request to change instead (rule 1).
        var second = await requests.CreateDraftAsync(contractor, confirmedContract.Id, content, ct);
        Assert.Equal(CommandOutcome.Conflict, second.Outcome);
        Assert.Contains(confirmedContract.ConfirmedRequestNumber!, second.Explain(app.Get<Microsoft.Extensions.Localization.IStringLocalizer<Resources.Strings>>()));
        var contractId = await app.ContractLikeAsync(confirmedContract.Id, ct);

        content.Services.Add(new AiServiceUse
        {
            Modalities = AiModality.Image, ServiceName = "画像生成サービスX", Provider = "X社", TermsOfUse = "法人契約",
            Provenance = TrainingDataProvenance.NotCuratedOrUnknown,
        });
        var draft = await requests.CreateDraftAsync(contractor, contractId, content, ct);
        Assert.True(draft.Succeeded);
        var id = draft.Id!.Value;

        var submitted = await requests.SubmitAsync(contractor, id, draft.Version!.Value, content, ct);
        Assert.True(submitted.Succeeded);

        // A submitted request is not editable, and the department sees it in its queue.
        Assert.Equal(CommandOutcome.Conflict, (await requests.SaveDraftAsync(contractor, id, submitted.Version!.Value, content, ct)).Outcome);
        Assert.Contains((await app.Get<RequestQueries>().ListAsync(officer, RequestStatus.Submitted, new PageRequest(Take: PageRequest.MaxTake), ct)).Rows, r => r.Id == id);

        var noReason = await reviews.ReturnAsync(officer, id, submitted.Version.Value, " ", ct: ct);
        Assert.Equal(CommandOutcome.Invalid, noReason.Outcome);
        Assert.True((await app.ReturnAsync(officer, id, submitted.Version.Value, "利用ログの管理体制を具体的に記載してください。", ct: ct)).Succeeded);

        var returned = (await app.Get<RequestQueries>().GetAsync(contractor, id, ct))!.Request;
        Assert.Equal(RequestStatus.Returned, returned.Status);
        Assert.Equal("利用ログの管理体制を具体的に記載してください。", returned.ReturnReason);

        content.UsageLogManagement = "全ての入出力をログとして1年間保存し、月次で業務責任者が点検する。";
        var resubmitted = await requests.SubmitAsync(contractor, id, returned.Version, content, ct);
        Assert.True(resubmitted.Succeeded);

        // 区政課's route: 担当 checks and forwards, 課長 approves (決裁).
        Assert.True((await app.ConfirmAsync(officer, id, resubmitted.Version!.Value, ct)).Succeeded);
        var approver = await ReviewScenario.ApproverOfAsync(app, officer.DepartmentId!.Value, ct);

        var confirmed = (await app.Get<RequestQueries>().GetAsync(officer, id, ct))!;
        Assert.Equal(RequestStatus.Confirmed, confirmed.Request.Status);
        Assert.Equal(
            [RequestTrigger.Submit, RequestTrigger.Return, RequestTrigger.Resubmit, RequestTrigger.Confirm],
            confirmed.Request.History.Where(h => !h.IsOfficeOnly).OrderBy(h => h.Id).Select(h => h.Trigger));
        Assert.Equal(
            [contractor.DisplayName, officer.DisplayName, contractor.DisplayName, approver.DisplayName],
            confirmed.Request.History.Where(h => !h.IsOfficeOnly).OrderBy(h => h.Id).Select(h => h.ActorName));

        // Filed twice (one superseded by the resubmission), returned once, confirmed once.
        Assert.Equal(
            [(DocumentKind.RequestForm, DocumentValidity.Superseded), (DocumentKind.ReturnNotice, DocumentValidity.Current),
             (DocumentKind.RequestForm, DocumentValidity.Current), (DocumentKind.ConfirmationNotice, DocumentValidity.Current)],
            confirmed.Documents.Select(d => (d.Kind, d.Validity)));
        var notice = confirmed.Documents.Single(d => d.Kind == DocumentKind.ConfirmationNotice);

        using var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);
        var response = await client.GetAsync($"/documents/{notice.Id}", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync(ct);
        Assert.True(pdf.Length < 100 * 1024, $"The notice is {pdf.Length} bytes.");

        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(confirmed.Request.Number, text);
        Assert.Contains("区民アンケート集計分析業務委託", text);
        Assert.Contains("令和8年度", text);
        Assert.Contains("株式会社なにわ情報システム", text);
        Assert.Contains("市民局区政課", text);
        Assert.Contains("AzureOpenAIService", text);
        Assert.Contains("画像生成サービスX", text);
        Assert.Matches("令和\\d+年\\d+月\\d+日", text);
        // Decided at 課長's step: the notice is signed with the title the route gives it.
        Assert.Matches($"課長\\s*{approver.DisplayName.Replace(" ", "", StringComparison.Ordinal)}", text);
    }

    [Fact]
    public async Task ConfirmChange_SupersedesTheAmendedRequestAndItsNotice()
    {
        var ct = TestContext.Current.CancellationToken;
        var contractor = await app.UserAsync(Demo.MioContractor);
        var officer = await app.UserAsync(Demo.KankoOfficer);
        await using var db = await app.DbAsync();
        var confirmedId = await db.Requests.Where(r => r.Contract!.Name == "多言語観光パンフレット作成業務委託").Select(r => r.Id).SingleAsync(ct);

        var change = await app.Get<RequestCommands>().CreateChangeAsync(contractor, confirmedId, ct);
        Assert.True(change.Succeeded);
        var again = await app.Get<RequestCommands>().CreateChangeAsync(contractor, confirmedId, ct);
        Assert.Equal(CommandOutcome.Conflict, again.Outcome);
        var changeNumber = (await app.Get<RequestQueries>().GetAsync(contractor, change.Id!.Value, ct))!.Request.Number;
        Assert.Contains(changeNumber, again.Errors![""][0]);

        var draft = (await app.Get<RequestQueries>().GetAsync(contractor, change.Id!.Value, ct))!;
        Assert.Equal(RequestKind.Change, draft.Request.Kind);
        Assert.Equal(confirmedId, draft.Request.AmendsRequestId);
        Assert.Equal("DeepL Pro", draft.Request.Content.Services[0].ServiceName);

        var content = draft.Request.Content.Clone();
        content.TickedChecklistItems = [.. app.Get<ContractorAiReview.Domain.Guidelines.GuidelineLibrary>().Get(draft.Request.GuidelineVersion).ChecklistItems.Select(i => i.Number)];
        content.ScopeOfUsers = "翻訳担当者5名及び校閲者2名";
        content.PledgeAcknowledged = true; // a change is pledged afresh
        var unexplained = await app.Get<RequestCommands>().SubmitAsync(contractor, change.Id.Value, draft.Request.Version, content, ct);
        Assert.Equal(CommandOutcome.Invalid, unexplained.Outcome);
        Assert.Equal([nameof(RequestContent.ChangeDescription), nameof(RequestContent.ChangeReason)], unexplained.Errors!.Keys.Order());

        content.ChangeDescription = "利用者の範囲に校閲者2名を加える。";
        content.ChangeReason = "校閲工程でも翻訳案を参照するため。";
        var submitted = await app.Get<RequestCommands>().SubmitAsync(contractor, change.Id.Value, draft.Request.Version, content, ct);
        Assert.True(submitted.Succeeded);
        Assert.True((await app.ConfirmAsync(officer, change.Id.Value, submitted.Version!.Value, ct)).Succeeded);

        var amended = (await app.Get<RequestQueries>().GetAsync(officer, confirmedId, ct))!;
        Assert.Equal(RequestStatus.Superseded, amended.Request.Status);
        Assert.Contains(amended.Documents, d => d.Kind == DocumentKind.ConfirmationNotice);
        Assert.All(amended.Documents, d => Assert.Equal(DocumentValidity.Superseded, d.Validity));
    }
}
