using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>The contractor's to-do list: returned requests by their resubmit-by date, then drafts; nothing of another company.</summary>
public sealed class ContractorTasksTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ToDo_ReturnedWithTheNearestDateFirst_ThenDrafts_OwnCompanyOnly()
    {
        var contractor = await app.UserAsync(Demo.NaniwaContractor);
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        var (id, version) = await app.FileAsync(contractor, "区民アンケート集計分析業務委託", Ct);
        Assert.True((await app.ReturnAsync(officer, id, version, "記載不足", new DateOnly(2030, 1, 31), Ct)).Succeeded);
        var contract = (await app.Get<RequestQueries>().FileableContractsAsync(contractor, Ct)).First().Id;
        var draft = await app.Get<RequestCommands>().CreateDraftAsync(contractor, contract, TestContent.Complete(), Ct);

        var tasks = await app.Get<RequestQueries>().ContractorTasksAsync(contractor, Ct);

        var returned = tasks.Single(t => t.Id == id);
        Assert.Equal((RequestStatus.Returned, new DateOnly(2030, 1, 31)), (returned.Status, returned.ResubmitBy));
        Assert.Contains(tasks, t => t.Id == draft.Id && t.Status == RequestStatus.Draft);
        Assert.True(tasks.ToList().FindIndex(t => t.Id == id) < tasks.ToList().FindIndex(t => t.Id == draft.Id));
        Assert.All(tasks, t => Assert.Contains(t.Status, RequestStatuses.Editable));
        Assert.DoesNotContain(await app.Get<RequestQueries>().ContractorTasksAsync(await app.UserAsync(Demo.MioContractor), Ct), t => t.Id == id || t.Id == draft.Id);
        Assert.Empty(await app.Get<RequestQueries>().ContractorTasksAsync(officer, Ct));
    }
}
