using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Requests;

/// <summary>The request lists read one page at a time, sorted in the database, within what the person may see.</summary>
public sealed class RequestListPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string ShiminContract = "区民アンケート集計分析業務委託";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RequestQueries Queries => app.Get<RequestQueries>();

    [Fact]
    public async Task Department_SortedByContractor_SecondPageInOrder_OnlyItsFiledRequests()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughFiledAsync(officer);
        var expected = (await VisibleAsync(officer))
            .OrderBy(r => r.Contract!.Contractor!.Name, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id).ToList();

        var page = await Queries.ListAsync(officer, null, PagingAssert.SecondPage(RequestSort.Contractor), Ct);

        PagingAssert.IsSecondPageOf(expected, page, r => r.Id);
    }

    [Fact]
    public async Task Department_ByDefault_LatestFilingFirst()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughFiledAsync(officer);
        var expected = (await VisibleAsync(officer))
            .OrderByDescending(r => r.SubmittedAtUtc ?? r.CreatedAtUtc).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();

        PagingAssert.IsSecondPageOf(expected, await Queries.ListAsync(officer, null, PagingAssert.SecondPage(), Ct), r => r.Id);
    }

    [Fact]
    public async Task Department_StatusFilter_CountsAndPagesOnlyThatStatus()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughFiledAsync(officer);
        var expected = (await VisibleAsync(officer)).Where(r => r.Status == RequestStatus.Submitted)
            .OrderByDescending(r => r.Number, StringComparer.Ordinal).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();

        var page = await Queries.ListAsync(officer, RequestStatus.Submitted, PagingAssert.SecondPage(RequestSort.Number, descending: true), Ct);

        PagingAssert.IsSecondPageOf(expected, page, r => r.Id);
    }

    [Fact]
    public async Task Contractor_EveryPage_OwnCompanysRequestsOnly_NewestFirst()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        await EnoughFiledAsync(await app.UserAsync(Demo.ShiminOfficer));
        var expected = (await VisibleAsync(naniwa))
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();

        var pages = new List<RequestRow>();
        for (var index = 0; pages.Count < expected.Count && index <= expected.Count; index++)
        {
            pages.AddRange((await Queries.ListAsync(naniwa, null, PageRequest.Number(index, PagingAssert.Size), Ct)).Rows);
        }

        Assert.Equal(expected, pages.Select(r => r.Id));
        Assert.DoesNotContain(await OtherCompanysRequestAsync(naniwa), pages.Select(r => r.Id));
    }

    [Fact]
    public async Task UnknownSortColumn_FallsBackToTheListsOwnOrder()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await EnoughFiledAsync(officer);

        await PagingAssert.UnknownSortFallsBackAsync(page => Queries.ListAsync(officer, null, page, Ct), r => r.Id);
    }

    /// <summary>At least three pages of filed requests in the officer's department, filed by Naniwa as the app would.</summary>
    private async Task EnoughFiledAsync(CurrentUser officer)
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        while ((await VisibleAsync(officer)).Count(r => r.Status == RequestStatus.Submitted) <= 2 * PagingAssert.Size)
        {
            await app.FileAsync(naniwa, ShiminContract, Ct);
        }
    }

    /// <summary>Every request the person may see, read straight from the data.</summary>
    private async Task<List<ConfirmationRequest>> VisibleAsync(CurrentUser user)
    {
        await using var db = await app.DbAsync();
        var requests = db.Requests.AsNoTracking().Include(r => r.Contract!).ThenInclude(c => c.Contractor);
        var all = user.IsContractor
            ? await requests.Where(r => r.ContractorId == user.ContractorId).ToListAsync(Ct)
            : await requests.Where(r => r.DepartmentId == user.DepartmentId).ToListAsync(Ct);
        return [.. all.Where(r => user.IsContractor || RequestStatuses.Filed.Contains(r.Status))];
    }

    private async Task<int> OtherCompanysRequestAsync(CurrentUser contractor)
    {
        await using var db = await app.DbAsync();
        return await db.Requests.Where(r => r.ContractorId != contractor.ContractorId).Select(r => r.Id).FirstAsync(Ct);
    }
}
