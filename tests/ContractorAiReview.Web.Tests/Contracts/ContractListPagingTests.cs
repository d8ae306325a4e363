using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Contracts;

/// <summary>The register and "my contracts" read one page at a time, sorted in the database.</summary>
public sealed class ContractListPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ContractCommands Commands => app.Get<ContractCommands>();

    [Fact]
    public async Task Register_SortedByName_SecondPageInOrder()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        await using var db = await app.DbAsync();
        var expected = (await db.Contracts.AsNoTracking().ToListAsync(Ct))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id).Select(c => c.Id).ToList();

        var page = await Commands.SearchAsync(procurement, null, null, PagingAssert.SecondPage(ContractSort.Name), Ct);

        PagingAssert.IsSecondPageOf(expected, page, c => c.Id);
    }

    [Fact]
    public async Task Register_FiscalYearAndText_CountsOnlyWhatMatches_ContractorDescending()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var year = (await Commands.FiscalYearsAsync(procurement, Ct))[0];
        await using var db = await app.DbAsync();
        var expected = (await db.Contracts.AsNoTracking().Include(c => c.Contractor).Include(c => c.Department).Where(c => c.FiscalYear == year).ToListAsync(Ct))
            .Where(c => new[] { c.Name, c.ContractNumber ?? "", c.Department!.Name, c.Contractor!.Name }.Any(t => t.Contains("業務", StringComparison.Ordinal)))
            .OrderByDescending(c => c.Contractor!.Name, StringComparer.Ordinal).ThenByDescending(c => c.Id).Select(c => c.Id).ToList();

        var page = await Commands.SearchAsync(procurement, "業務", year, PagingAssert.SecondPage(ContractSort.Contractor, descending: true), Ct);

        PagingAssert.IsSecondPageOf(expected, page, c => c.Id);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor)]
    [InlineData(Demo.ShiminOfficer)]
    public async Task OwnOrganisation_ByDefault_LatestYearFirst_NobodyElsesContracts(string email)
    {
        var user = await app.UserAsync(email);
        await EnoughOwnAsync(user);
        await using var db = await app.DbAsync();
        var all = await db.Contracts.AsNoTracking().ToListAsync(Ct);
        var expected = all.Where(c => Owns(user, c.ContractorId, c.DepartmentId))
            .OrderByDescending(c => c.FiscalYear).ThenByDescending(c => c.Id).Select(c => c.Id).ToList();

        var page = await Commands.OfOwnOrganisationAsync(user, PagingAssert.SecondPage(), Ct);

        PagingAssert.IsSecondPageOf(expected, page, c => c.Id);
        Assert.Contains(all, c => !Owns(user, c.ContractorId, c.DepartmentId));
    }

    [Fact]
    public async Task UnknownSortColumn_FallsBackToTheRegistersOwnOrder()
    {
        var procurement = await app.UserAsync(Demo.Procurement);

        await PagingAssert.UnknownSortFallsBackAsync(page => Commands.SearchAsync(procurement, null, null, page, Ct), c => c.Id);
    }

    private static bool Owns(CurrentUser user, int contractorId, int departmentId) =>
        user.IsContractor ? contractorId == user.ContractorId : departmentId == user.DepartmentId;

    /// <summary>More than two pages of the organisation's contracts, registered by procurement like one it has.</summary>
    private async Task EnoughOwnAsync(CurrentUser user)
    {
        while (true)
        {
            await using var db = await app.DbAsync();
            var own = await db.Contracts.Where(c => user.IsContractor ? c.ContractorId == user.ContractorId : c.DepartmentId == user.DepartmentId)
                .Select(c => c.Id).ToListAsync(Ct);
            if (own.Count > 2 * PagingAssert.Size)
            {
                return;
            }

            await app.ContractLikeAsync(own[0], Ct);
        }
    }
}
