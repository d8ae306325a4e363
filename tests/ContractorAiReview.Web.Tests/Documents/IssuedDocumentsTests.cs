using System.Net;
using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Consents;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ContractorAiReview.Web.Tests.Documents;

/// <summary>Each step issues its official document, stored with its hash; previews are not issued.</summary>
public sealed class IssuedDocumentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SubmitAndReturn_IssueTheFiledFormAndTheRequestForChangesWithItemReasons()
    {
        var ct = TestContext.Current.CancellationToken;
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var contractId = (await app.Get<RequestQueries>().FileableContractsAsync(contractor, ct)).First().Id;
        var content = TestContent.Complete();
        var draft = await app.Get<RequestCommands>().CreateDraftAsync(contractor, contractId, content, ct);
        var submitted = await app.Get<RequestCommands>().SubmitAsync(contractor, draft.Id!.Value, draft.Version!.Value, content, ct);

        // The officer reads the app in English: the document is Japanese all the same, item names included.
        var version = await app.ClaimAsync(officer, draft.Id.Value, submitted.Version!.Value, ct);
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        CommandResult returned;
        try
        {
            returned = await app.Get<ReviewCommands>().ReturnAsync(officer, draft.Id.Value, version, "記載内容を具体的にしてください。",
                [new ReturnItem(ReturnTarget.ForField(FormField.ScopeOfUsers), "人数と役割を記載してください。"),
                 new ReturnItem(ReturnTarget.ForService(content.Services[0]), "利用プランを記載してください。")], new DateOnly(2026, 12, 4), ct);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }

        Assert.True(returned.Succeeded);

        await using var db = await app.DbAsync();
        var documents = await db.IssuedDocuments.Where(d => d.RequestId == draft.Id).OrderBy(d => d.Id).ToListAsync(ct);
        Assert.Equal([DocumentKind.RequestForm, DocumentKind.ReturnNotice], documents.Select(d => d.Kind));
        Assert.All(documents, d => Assert.True(d.IsGenuineCopy(d.Content)));

        var form = Text(documents[0].Content);
        Assert.Contains("生成AI利用に関する確認依頼書", form);
        foreach (var item in app.Get<ContractorAiReview.Domain.Guidelines.GuidelineLibrary>().Current.ChecklistItems)
        {
            Assert.Contains(Squash(item.Text), form);
        }

        var returnNotice = Text(documents[1].Content);
        Assert.Contains("記載内容を具体的にしてください。", returnNotice);
        Assert.Contains(Squash("利用者の範囲 人数と役割を記載してください。"), Squash(returnNotice));
        Assert.Contains(Squash($"(2) 生成AIサービス「{content.Services[0].ServiceName}」"), Squash(returnNotice));
        Assert.DoesNotContain("Who uses it", returnNotice);
        Assert.Contains("令和8年12月4日", returnNotice);
        Assert.Contains(documents[1].VerificationCode, returnNotice);
        // The department's contact as its administrator recorded it (seed-data/departments.json).
        Assert.Contains(Squash("電話 06-6208-0000 電子メール kusei@city.example.jp"), returnNotice);
    }

    [Fact]
    public async Task AttachSpecification_IssuesTheSpecificationAndSupersedesTheEarlierOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var procurement = await app.UserAsync(Demo.Procurement);
        await using var db = await app.DbAsync();
        var contract = await db.Contracts.SingleAsync(c => c.Name == "子育て支援情報誌編集業務委託", ct);

        Assert.True((await app.Get<ContractCommands>().AttachSpecialSpecificationAsync(procurement, contract.Id, ct)).Succeeded);
        Assert.True((await app.Get<ContractCommands>().AttachSpecialSpecificationAsync(procurement, contract.Id, ct)).Succeeded);

        var specifications = await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.ContractId == contract.Id && d.Kind == DocumentKind.SpecialSpecification).OrderBy(d => d.Id).ToListAsync(ct);
        Assert.Equal([DocumentValidity.Superseded, DocumentValidity.Current], specifications.Select(d => d.Validity));
        var text = Text(specifications[1].Content);
        Assert.Contains("生成AI利用に関する特記仕様書", text);
        Assert.Contains("子育て支援情報誌編集業務委託", text);

        using var client = await app.SignedInClientAsync(Demo.Procurement, "Demo#2026keiyaku");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/documents/{specifications[1].Id}", ct)).StatusCode);
    }

    [Fact]
    public async Task DeliverableConsent_AskedOnRule3ServiceAndConsented_IssuesTheConsent()
    {
        var ct = TestContext.Current.CancellationToken;
        var contractor = await app.UserAsync(Demo.MioContractor);
        var officer = await app.UserAsync(Demo.KankoOfficer);
        var otherOfficer = await app.UserAsync(Demo.ShiminOfficer);
        var requestId = await ConfirmedRequestWithImageServiceAsync(contractor, officer, ct);
        var consents = app.Get<ConsentCommands>();

        Assert.Equal(CommandOutcome.Conflict, (await consents.AskAsync(contractor, requestId, 0, "表紙イラスト", "画像検索で照合", ct)).Outcome);
        Assert.Equal(CommandOutcome.Invalid, (await consents.AskAsync(contractor, requestId, 1, "", "", ct)).Outcome);
        var asked = await consents.AskAsync(contractor, requestId, 1, "パンフレット表紙のイメージイラスト1点", "画像検索と専門家レビューで既存著作物との類似がないことを確認", ct);
        Assert.True(asked.Succeeded);

        Assert.Equal(CommandOutcome.NotFound, (await consents.ConsentAsync(otherOfficer, asked.Id!.Value, null, ct)).Outcome);
        Assert.Equal(CommandOutcome.Invalid, (await consents.DeclineAsync(officer, asked.Id.Value, " ", ct)).Outcome);
        Assert.True((await consents.ConsentAsync(officer, asked.Id.Value, "表紙に生成AIを利用した旨を表示すること。", ct)).Succeeded);
        Assert.Equal(CommandOutcome.Conflict, (await consents.DeclineAsync(officer, asked.Id.Value, "理由", ct)).Outcome);

        await using var db = await app.DbAsync();
        var consent = await db.IssuedDocuments.SingleAsync(d => d.RequestId == requestId && d.Kind == DocumentKind.DeliverableConsent, ct);
        var text = Text(consent.Content);
        Assert.Contains("パンフレット表紙のイメージイラスト1点", text);
        Assert.Contains("画像生成サービスY", text);
        Assert.Contains("表紙に生成AIを利用した旨を表示すること。", text);
    }

    [Fact]
    public async Task Previews_ContractorSeesOwnDraftsForm_OtherCompanyNot_NoticePreviewOnlyForTheDepartment()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var draftId = await db.Requests.Where(r => r.Status == RequestStatus.Draft && r.Contract!.Name == "大阪市立青少年文化センター指定管理業務").Select(r => r.Id).FirstAsync(ct);
        var submittedId = await db.Requests.Where(r => r.Status == RequestStatus.Submitted && r.Contract!.Name == "観光プロモーション動画制作業務委託").Select(r => r.Id).FirstAsync(ct);

        using var owner = await app.SignedInClientAsync("manager@bunka.example.jp", "Demo#2026bunka");
        using var other = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);
        using var kanko = await app.SignedInClientAsync(Demo.KankoOfficer, Demo.KankoPassword);
        using var mio = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);

        var preview = await owner.GetAsync($"/requests/{draftId}/preview/request-form.pdf", ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("生成AI利用に関する確認依頼書", Text(await preview.Content.ReadAsByteArrayAsync(ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/requests/{draftId}/preview/request-form.pdf", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kanko.GetAsync($"/requests/{submittedId}/preview/notice.pdf", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mio.GetAsync($"/requests/{submittedId}/preview/notice.pdf", ct)).StatusCode);
        Assert.False(await db.IssuedDocuments.AnyAsync(d => d.RequestId == draftId, ct));
    }

    private async Task<int> ConfirmedRequestWithImageServiceAsync(Web.Account.CurrentUser contractor, Web.Account.CurrentUser officer, CancellationToken ct)
    {
        var contractId = (await app.Get<RequestQueries>().FileableContractsAsync(contractor, ct)).First(c => c.Name == "観光プロモーション動画制作業務委託").Id;
        var content = TestContent.Complete();
        content.Services.Add(new AiServiceUse
        {
            Modalities = AiModality.Image, ServiceName = "画像生成サービスY", Provider = "Y社", TermsOfUse = "法人契約",
            Provenance = TrainingDataProvenance.NotCuratedOrUnknown,
        });
        var draft = await app.Get<RequestCommands>().CreateDraftAsync(contractor, contractId, content, ct);
        var submitted = await app.Get<RequestCommands>().SubmitAsync(contractor, draft.Id!.Value, draft.Version!.Value, content, ct);
        Assert.True((await app.ConfirmAsync(officer, draft.Id.Value, submitted.Version!.Value, ct)).Succeeded);
        return draft.Id.Value;
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squash(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
