using System.Net;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Reviews;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>
/// Organisation boundaries, enforced by the handlers and the download endpoint themselves: another company's or
/// department's request is not found, whatever id is tried.
/// </summary>
public sealed class RequestAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_OtherCompanysRequest_NotFound()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var othersRequest = await RequestIdAsync("観光プロモーション動画制作業務委託");

        Assert.Null(await app.Get<RequestQueries>().GetAsync(naniwa, othersRequest, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task List_Contractor_SeesOnlyOwnCompanysRequests()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);

        var rows = (await app.Get<RequestQueries>().ListAsync(naniwa, null, new PageRequest(Take: PageRequest.MaxTake), TestContext.Current.CancellationToken)).Rows;

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("株式会社なにわ情報システム", r.ContractorName));
    }

    [Fact]
    public async Task SaveDraft_OtherCompanysReturnedRequest_NotFoundAndUnchanged()
    {
        var mio = await app.UserAsync(Demo.MioContractor);
        var naniwasReturned = await RequestIdAsync("区役所窓口案内資料作成業務委託");
        var before = await ContentJsonAsync(naniwasReturned);

        var result = await app.Get<RequestCommands>().SaveDraftAsync(mio, naniwasReturned, 0, TestContent.Complete(), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
        Assert.Equal(before, await ContentJsonAsync(naniwasReturned));
    }

    [Fact]
    public async Task CreateDraft_OtherCompanysContract_NotFound()
    {
        var mio = await app.UserAsync(Demo.MioContractor);
        await using var db = await app.DbAsync();
        var naniwasContract = await db.Contracts.Where(c => c.Name == "区民アンケート集計分析業務委託").Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);

        var result = await app.Get<RequestCommands>().CreateDraftAsync(mio, naniwasContract, TestContent.Complete(), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task CreateDraft_ContractWithoutSpecialSpecification_NotFound()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        await using var db = await app.DbAsync();
        // The demo company has one contract still waiting for it and one (a lease) that never gets one.
        var unspecified = await db.Contracts.Where(c => c.ContractorId == naniwa.ContractorId && c.SpecialSpecificationVersion == null)
            .Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(unspecified);

        foreach (var contractId in unspecified)
        {
            var result = await app.Get<RequestCommands>().CreateDraftAsync(naniwa, contractId, TestContent.Complete(), TestContext.Current.CancellationToken);
            Assert.Equal(CommandOutcome.NotFound, result.Outcome);
        }
    }

    [Fact]
    public async Task Confirm_OtherDepartmentsRequest_NotFoundAndStillSubmitted()
    {
        var shimin = await app.UserAsync(Demo.ShiminOfficer);
        var kankosSubmitted = await RequestIdAsync("観光プロモーション動画制作業務委託");

        var confirm = await app.Get<ReviewCommands>().ConfirmAsync(shimin, kankosSubmitted, 1, TestContext.Current.CancellationToken);
        var @return = await app.Get<ReviewCommands>().ReturnAsync(shimin, kankosSubmitted, 1, "理由", ct: TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.NotFound, confirm.Outcome);
        Assert.Equal(CommandOutcome.NotFound, @return.Outcome);
        await using var db = await app.DbAsync();
        Assert.Equal(RequestStatus.Submitted, await db.Requests.Where(r => r.Id == kankosSubmitted).Select(r => r.Status).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_OfficerOfOtherDepartment_NotFound()
    {
        var kanko = await app.UserAsync(Demo.KankoOfficer);

        Assert.Null(await app.Get<RequestQueries>().GetAsync(kanko, await RequestIdAsync("区民アンケート集計分析業務委託"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_OfficerAndDraft_NotFound()
    {
        var kodomo = await app.UserAsync("officer.kodomo@city.example.jp");

        Assert.Null(await app.Get<RequestQueries>().GetAsync(kodomo, await RequestIdAsync("大阪市立青少年文化センター指定管理業務"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Confirm_ByContractor_Forbidden()
    {
        var mio = await app.UserAsync(Demo.MioContractor);

        var result = await app.Get<ReviewCommands>().ConfirmAsync(mio, await RequestIdAsync("観光プロモーション動画制作業務委託"), 1, TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task DownloadNotice_OtherCompanyOrDepartment_NotFound_OwnersGetThePdf()
    {
        var noticeId = await NoticeIdAsync("区民アンケート集計分析業務委託");
        var ct = TestContext.Current.CancellationToken;

        using var owner = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);
        using var department = await app.SignedInClientAsync(Demo.ShiminOfficer, Demo.ShiminPassword);
        using var otherCompany = await app.SignedInClientAsync(Demo.MioContractor, Demo.MioPassword);
        using var otherDepartment = await app.SignedInClientAsync(Demo.KankoOfficer, Demo.KankoPassword);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        var ownerResponse = await owner.GetAsync($"/documents/{noticeId}", ct);
        Assert.Equal(HttpStatusCode.OK, ownerResponse.StatusCode);
        Assert.Equal("application/pdf", ownerResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await department.GetAsync($"/documents/{noticeId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCompany.GetAsync($"/documents/{noticeId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDepartment.GetAsync($"/documents/{noticeId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/documents/{noticeId}", ct)).StatusCode);
    }

    private async Task<int> RequestIdAsync(string contractName)
    {
        await using var db = await app.DbAsync();
        return await db.Requests.Where(r => r.Contract!.Name == contractName).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
    }

    private async Task<int> NoticeIdAsync(string contractName)
    {
        var requestId = await RequestIdAsync(contractName);
        await using var db = await app.DbAsync();
        return await db.IssuedDocuments.Where(d => d.RequestId == requestId && d.Kind == Domain.Issuance.DocumentKind.ConfirmationNotice).Select(d => d.Id).SingleAsync();
    }

    private async Task<string> ContentJsonAsync(int requestId)
    {
        await using var db = await app.DbAsync();
        return System.Text.Json.JsonSerializer.Serialize(
            await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Content).SingleAsync());
    }
}
