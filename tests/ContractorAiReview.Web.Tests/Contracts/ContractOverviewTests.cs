using System.Net;
using System.Text;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Contracts;

/// <summary>The overview: procurement sees every contract, an officer its department's, with the standing request and the last decision.</summary>
public sealed class ContractOverviewTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string DraftOnlyContract = "大阪市立青少年文化センター指定管理業務";
    private const string ConfirmedContract = "区民アンケート集計分析業務委託";
    private const string ReturnedContract = "区役所窓口案内資料作成業務委託";

    private ContractOverview Overview => app.Get<ContractOverview>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<IReadOnlyList<OverviewRow>> AllAsync(string email, OverviewFilter? filter = null) =>
        app.UserAsync(email).ContinueWith(u => Overview.AllAsync(u.Result, filter ?? new OverviewFilter(), ct: Ct)).Unwrap();

    [Fact]
    public async Task All_Procurement_EveryContract()
    {
        var rows = await AllAsync(Demo.Procurement);

        Assert.Equal(await app.CountContractsAsync(), rows.Count);
    }

    [Fact]
    public async Task All_Officer_OnlyTheirDepartmentsContracts()
    {
        var officer = await app.UserAsync(Demo.ShiminOfficer);
        await using var db = await app.DbAsync();
        var own = await db.Contracts.Where(c => c.DepartmentId == officer.DepartmentId).Select(c => c.Id).ToListAsync(Ct);

        var rows = await AllAsync(Demo.ShiminOfficer);

        Assert.Equal(own.Order(), rows.Select(r => r.ContractId).Order());
        // Asking for another department by id changes nothing.
        var other = await db.Departments.FirstAsync(d => d.Id != officer.DepartmentId, Ct);
        Assert.Empty(await AllAsync(Demo.ShiminOfficer, new OverviewFilter(DepartmentId: other.Id)));
    }

    [Fact]
    public async Task All_Contractor_Nothing()
    {
        Assert.Empty(await AllAsync(Demo.NaniwaContractor));
    }

    [Fact]
    public async Task All_StatusAndLastDecision_AsTheRequestsStand()
    {
        var rows = (await AllAsync(Demo.Procurement)).ToDictionary(r => r.ContractName);

        Assert.Equal((RequestStatus.Confirmed, RequestTrigger.Confirm), (rows[ConfirmedContract].RequestStatus, rows[ConfirmedContract].LastDecision));
        Assert.Equal((RequestStatus.Returned, RequestTrigger.Return), (rows[ReturnedContract].RequestStatus, rows[ReturnedContract].LastDecision));
        Assert.Equal(RequestStatus.Draft, rows[DraftOnlyContract].RequestStatus);
        Assert.Null(rows[DraftOnlyContract].LastDecision);
        Assert.Null(rows[ContractScenario.UnattachedContract].RequestStatus);
    }

    [Fact]
    public async Task All_Officer_ContractorsDraftIsNotARequestYet()
    {
        var rows = await AllAsync(Demo.KodomoOfficer);

        Assert.Null(Assert.Single(rows, r => r.ContractName == DraftOnlyContract).RequestStatus);
    }

    [Fact]
    public async Task All_StatusFilter_OnlyThatStatus()
    {
        var rows = await AllAsync(Demo.Procurement, OverviewFilter.From(null, null, nameof(RequestStatus.Confirmed), OverviewPreset.None));

        Assert.Contains(rows, r => r.ContractName == ConfirmedContract);
        Assert.All(rows, r => Assert.Equal(RequestStatus.Confirmed, r.RequestStatus));
    }

    [Fact]
    public async Task All_AttachedWithoutRequest_ContractsWithSpecificationAndNoRequestAtAll()
    {
        await using var db = await app.DbAsync();
        var expected = await db.Contracts
            .Where(c => c.SpecialSpecificationVersion != null && !db.Requests.Any(r => r.ContractId == c.Id))
            .Select(c => c.Name).ToListAsync(Ct);

        var rows = await AllAsync(Demo.Procurement, new OverviewFilter(Preset: OverviewPreset.AttachedWithoutRequest));

        Assert.Equal(expected.Order(), rows.Select(r => r.ContractName).Order());
    }

    [Fact]
    public async Task All_ConfirmedUnderOlderGuideline_OnlyTheRequestFiledUnderTheOldVersion()
    {
        await using (var db = await app.DbAsync())
        {
            var contractId = await app.ContractIdAsync(ConfirmedContract);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "ConfirmationRequests" SET "GuidelineVersion" = 'osaka-contractor/1.0' WHERE "ContractId" = {contractId}""", Ct);
        }

        var rows = await AllAsync(Demo.Procurement, new OverviewFilter(Preset: OverviewPreset.ConfirmedUnderOlderGuideline));

        Assert.Equal([ConfirmedContract], rows.Select(r => r.ContractName));
    }

    [Fact]
    public async Task Page_SortedByNameAndPaged_OnTheServer()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var all = await AllAsync(Demo.Procurement);

        var first = await Overview.PageAsync(procurement, new OverviewFilter(), OverviewSort.ContractName, false, 0, 3, Ct);
        var second = await Overview.PageAsync(procurement, new OverviewFilter(), OverviewSort.ContractName, false, 3, 3, Ct);

        Assert.Equal(all.Count, first.Total);
        var names = first.Rows.Concat(second.Rows).Select(r => r.ContractName);
        Assert.Equal(all.Select(r => r.ContractName).Order(StringComparer.Ordinal).Take(first.Rows.Count + second.Rows.Count), names);
        Assert.Equal(Math.Min(6, all.Count), names.Count());
    }

    [Fact]
    public async Task ExportCsv_Officer_Utf8BomWithOnlyTheirDepartment()
    {
        var client = await app.SignedInClientAsync(Demo.KankoOfficer, Demo.KankoPassword);

        var response = await client.GetAsync("/contracts/overview/export.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("観光プロモーション動画制作業務委託", text);
        Assert.DoesNotContain(ConfirmedContract, text);
    }

    [Fact]
    public async Task ExportXlsx_Contractor_NotFound()
    {
        var client = await app.SignedInClientAsync(Demo.NaniwaContractor, Demo.NaniwaPassword);

        var response = await client.GetAsync("/contracts/overview/export.xlsx", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
