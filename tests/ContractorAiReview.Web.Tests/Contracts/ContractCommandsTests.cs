using System.Text;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Issuance;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Contracts;

/// <summary>The register, the import and attaching the specification: procurement only, validated on the server, nothing half-saved.</summary>
public sealed class ContractCommandsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private ContractCommands Commands => app.Get<ContractCommands>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Procurement_SavedAsEntered()
    {
        var form = await app.ValidFormAsync("T-CREATE-1");
        form.Type = ContractType.Purchase;

        var result = await Commands.CreateAsync(await app.UserAsync(Demo.Procurement), form, Ct);

        Assert.True(result.Succeeded);
        await using var db = await app.DbAsync();
        var saved = await db.Contracts.SingleAsync(c => c.Id == result.Id, Ct);
        Assert.Equal(("区政だより編集業務委託", "T-CREATE-1", ContractType.Purchase, 2026, form.DepartmentId!.Value, new DateOnly(2027, 3, 31)),
            (saved.Name, saved.ContractNumber, saved.Type, saved.FiscalYear, saved.DepartmentId, saved.TermEnd!.Value));
        Assert.False(saved.HasSpecialSpecification);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor)]
    [InlineData(Demo.ShiminOfficer)]
    public async Task Create_OtherRoles_ForbiddenAndNothingSaved(string email)
    {
        var before = await app.CountContractsAsync();

        var result = await Commands.CreateAsync(await app.UserAsync(email), await app.ValidFormAsync("T-FORBIDDEN"), Ct);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal(before, await app.CountContractsAsync());
    }

    [Fact]
    public async Task Create_NumberTakenInTheSameFiscalYear_ErrorAtTheNumber()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        Assert.True((await Commands.CreateAsync(procurement, await app.ValidFormAsync("T-DUP"), Ct)).Succeeded);
        var before = await app.CountContractsAsync();

        var again = await Commands.CreateAsync(procurement, await app.ValidFormAsync("T-DUP"), Ct);

        Assert.Equal(CommandOutcome.Invalid, again.Outcome);
        Assert.Contains("T-DUP", Assert.Single(again.Errors![nameof(ContractForm.ContractNumber)]));
        Assert.Equal(before, await app.CountContractsAsync());
    }

    [Fact]
    public async Task Create_NumberTakenInAnotherFiscalYear_Saved()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        Assert.True((await Commands.CreateAsync(procurement, await app.ValidFormAsync("T-YEARS", 2025), Ct)).Succeeded);

        Assert.True((await Commands.CreateAsync(procurement, await app.ValidFormAsync("T-YEARS", 2026), Ct)).Succeeded);
    }

    [Fact]
    public async Task Update_KeepsItsOwnNumber_NotADuplicate()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var id = await app.ContractIdAsync(ContractScenario.UnattachedContract);
        var form = (await Commands.GetFormAsync(procurement, id, Ct))!;
        form.Name = "子育て支援情報誌編集業務委託（変更）";

        var result = await Commands.UpdateAsync(procurement, id, form, Ct);

        Assert.True(result.Succeeded);
        await using var db = await app.DbAsync();
        Assert.Equal("子育て支援情報誌編集業務委託（変更）", (await db.Contracts.SingleAsync(c => c.Id == id, Ct)).Name);
        form.Name = ContractScenario.UnattachedContract;
        Assert.True((await Commands.UpdateAsync(procurement, id, form, Ct)).Succeeded);
    }

    [Fact]
    public async Task Create_TermEndsBeforeItStarts_ErrorAtTheEndAndNothingSaved()
    {
        var form = await app.ValidFormAsync("T-TERM");
        (form.TermStart, form.TermEnd) = (new DateOnly(2026, 10, 1), new DateOnly(2026, 9, 30));
        var before = await app.CountContractsAsync();

        var result = await Commands.CreateAsync(await app.UserAsync(Demo.Procurement), form, Ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors!.ContainsKey(nameof(ContractForm.TermEnd)));
        Assert.Equal(before, await app.CountContractsAsync());
    }

    [Fact]
    public async Task Attach_ExcludedType_RefusedWithTheReasonAndNothingIssued()
    {
        var id = await app.ContractIdAsync(ContractScenario.LeaseContract);

        var result = await Commands.AttachSpecialSpecificationAsync(await app.UserAsync(Demo.Procurement), id, Ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains("貸付け", Assert.Single(result.Errors![""]));
        await using var db = await app.DbAsync();
        Assert.False(await db.IssuedDocuments.AnyAsync(d => d.ContractId == id, Ct));
        Assert.Null((await db.Contracts.SingleAsync(c => c.Id == id, Ct)).SpecialSpecificationVersion);
    }

    [Fact]
    public async Task Attach_Contractor_Forbidden()
    {
        var id = await app.ContractIdAsync(ContractScenario.UnattachedContract);

        var result = await Commands.AttachSpecialSpecificationAsync(await app.UserAsync(Demo.NaniwaContractor), id, Ct);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task Update_AttachedContractToAnExcludedType_RefusedAtTheType()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var id = await app.ContractIdAsync("区民アンケート集計分析業務委託");
        var form = (await Commands.GetFormAsync(procurement, id, Ct))!;
        form.Type = ContractType.Sale;

        var result = await Commands.UpdateAsync(procurement, id, form, Ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors!.ContainsKey(nameof(ContractForm.Type)));
    }

    [Fact]
    public async Task Attach_Twice_HistoryRecordsWhoAndWhenAndTheEarlierIsSuperseded()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var form = await app.ValidFormAsync("T-HISTORY");
        var id = (await Commands.CreateAsync(procurement, form, Ct)).Id!.Value;

        Assert.True((await Commands.AttachSpecialSpecificationAsync(procurement, id, Ct)).Succeeded);
        Assert.True((await Commands.AttachSpecialSpecificationAsync(procurement, id, Ct)).Succeeded);

        var history = await Commands.SpecificationHistoryAsync(procurement, id, Ct);
        Assert.Equal([DocumentValidity.Current, DocumentValidity.Superseded], history.Select(h => h.Validity));
        Assert.All(history, h => Assert.Equal(procurement.DisplayName, h.IssuedBy));
        Assert.True(history[0].IssuedAtUtc >= history[1].IssuedAtUtc);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor)]
    [InlineData(Demo.KankoOfficer)]
    public async Task OfOwnOrganisation_ContractorOrOfficer_ItsOwnContractsWithTheirSpecification(string email)
    {
        var user = await app.UserAsync(email);
        await using var db = await app.DbAsync();
        var expected = await db.Contracts
            .Where(c => user.IsContractor ? c.ContractorId == user.ContractorId : c.DepartmentId == user.DepartmentId)
            .Select(c => c.Name).ToListAsync(Ct);

        var page = await Commands.OfOwnOrganisationAsync(user, new PageRequest(Take: PageRequest.MaxTake), Ct);
        var rows = page.Rows;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected.Order(), rows.Select(r => r.Name).Order());
        Assert.All(rows.Where(r => r.SpecialSpecificationVersion is not null), r => Assert.NotNull(r.SpecificationDocumentId));
    }

    [Fact]
    public async Task OfOwnOrganisation_Procurement_NoOrganisationOfItsOwn()
    {
        Assert.Empty((await Commands.OfOwnOrganisationAsync(await app.UserAsync(Demo.Procurement), new PageRequest(), Ct)).Rows);
    }

    [Theory]
    [InlineData(Demo.NaniwaContractor, Demo.NaniwaPassword, Demo.MioContractor)]
    [InlineData(Demo.KankoOfficer, Demo.KankoPassword, Demo.ShiminOfficer)]
    public async Task SpecificationDownload_ContractorOrOfficer_OwnOrganisationsOnly(string email, string password, string otherOrganisation)
    {
        var own = (await Commands.OfOwnOrganisationAsync(await app.UserAsync(email), new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows.First(r => r.SpecificationDocumentId is not null).SpecificationDocumentId!.Value;
        var others = (await Commands.OfOwnOrganisationAsync(await app.UserAsync(otherOrganisation), new PageRequest(Take: PageRequest.MaxTake), Ct)).Rows
            .First(r => r.SpecificationDocumentId is not null).SpecificationDocumentId!.Value;
        var client = await app.SignedInClientAsync(email, password);

        var ownResponse = await client.GetAsync($"/documents/{own}", Ct);
        var othersResponse = await client.GetAsync($"/documents/{others}", Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Equal("application/pdf", ownResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, othersResponse.StatusCode);
    }

    [Fact]
    public async Task Import_AnyRowWrong_NothingSavedAndEveryErrorReturned()
    {
        var csv = Csv(
            "輸入A,契約,業務委託・請負,T-IMP-1,2026,市民局区政課,株式会社なにわ情報システム,,",
            "輸入B,契約,業務委託・請負,T-IMP-2,2026,どこかの課,株式会社なにわ情報システム,,",
            "輸入C,契約,業務委託・請負,T-IMP-3,2026,市民局区政課,株式会社なにわ情報システム,2026-05-01,2026-04-01");
        var before = await app.CountContractsAsync();

        var result = await Commands.ImportAsync(await app.UserAsync(Demo.Procurement), csv, CsvEncodingChoice.Detect, Ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(["3", "4"], result.Errors!.Keys.Order());
        Assert.Equal(before, await app.CountContractsAsync());
    }

    [Fact]
    public async Task Import_GoodFile_EveryRowSaved()
    {
        var csv = Csv(
            "輸入D,契約,業務委託・請負,T-IMP-4,2026,市民局区政課,株式会社なにわ情報システム,,",
            "輸入E,指定管理の協定,業務委託・請負,T-IMP-5,令和7年度,市民局区政課,株式会社なにわ情報システム,2025-04-01,2030-03-31");

        var result = await Commands.ImportAsync(await app.UserAsync(Demo.Procurement), csv, CsvEncodingChoice.Detect, Ct);

        Assert.True(result.Succeeded);
        await using var db = await app.DbAsync();
        var saved = await db.Contracts.Where(c => c.ContractNumber == "T-IMP-4" || c.ContractNumber == "T-IMP-5")
            .OrderBy(c => c.ContractNumber).Select(c => new { c.Name, c.Kind, c.FiscalYear }).ToListAsync(Ct);
        Assert.Equal([("輸入D", ContractKind.Contract, 2026), ("輸入E", ContractKind.DesignatedManagement, 2025)],
            saved.Select(c => (c.Name, c.Kind, c.FiscalYear)));
    }

    [Fact]
    public async Task Import_Officer_Forbidden()
    {
        var result = await Commands.ImportAsync(
            await app.UserAsync(Demo.ShiminOfficer), Csv("輸入F,契約,業務委託・請負,T-IMP-6,2026,市民局区政課,株式会社なにわ情報システム,,"),
            CsvEncodingChoice.Detect, Ct);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }

    private static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", [string.Join(",", ContractCsvImport.Columns.All), .. rows]) + "\r\n");
}
