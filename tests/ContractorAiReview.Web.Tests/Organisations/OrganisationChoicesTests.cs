using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Organisations;
using ContractorAiReview.Web.Tests.Admin;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Organisations;

/// <summary>
/// The department and company pickers: searched in the database by what is typed, never the whole table; one more
/// than is shown, so that the picker can say there are more.
/// </summary>
public sealed class OrganisationChoicesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private OrganisationChoices Choices => app.Get<OrganisationChoices>();

    [Fact]
    public async Task Departments_MoreThanShown_OneMoreThanShownByName_MoreTextNarrows_InactiveOnlyWhenAsked()
    {
        var admin = await app.UserAsync(Demo.Administrator);
        const string bureau = "選択試験局";
        var ids = new List<int>();
        for (var i = 0; i < OrganisationChoices.Shown + 2; i++)
        {
            ids.Add(await app.NewDepartmentAsync(bureau, $"第{i:D2}課", 10, Ct));
        }

        await app.Get<Web.Admin.OrganisationCommands>().SetDepartmentActiveAsync(admin, ids[0], active: false, Ct);
        var active = (await DepartmentsAsync(bureau)).Where(d => d.IsActive)
            .OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id).Select(d => d.Id).ToList();

        var found = await Choices.DepartmentsAsync(admin, bureau, ct: Ct);

        Assert.Equal(active.Take(OrganisationChoices.Shown + 1), found.Select(d => d.Id));
        Assert.Equal([ids[5]], (await Choices.DepartmentsAsync(admin, $"{bureau}第05", ct: Ct)).Select(d => d.Id));
        Assert.Empty(await Choices.DepartmentsAsync(admin, $"{bureau}第00", ct: Ct));
        Assert.Equal([ids[0]], (await Choices.DepartmentsAsync(admin, $"{bureau}第00", includeInactive: true, Ct)).Select(d => d.Id));
        Assert.Equal($"{bureau}第00課", (await Choices.DepartmentAsync(admin, ids[0], Ct))?.Name);
    }

    [Fact]
    public async Task Companies_ByNameOrCorporateNumber_KindFromTheData()
    {
        var procurement = await app.UserAsync(Demo.Procurement);
        var designated = await app.NewCompanyAsync(AdminScenario.SampleCompany("選択試験株式会社", corporateNumber: "9120001099994"), Ct);

        var byNumber = await Choices.CompaniesAsync(procurement, "120001099", Ct);
        var byName = await Choices.CompaniesAsync(procurement, "選択試験", Ct);

        Assert.Equal(new Choice(designated, "選択試験株式会社", IsDesignatedManager: true), Assert.Single(byNumber));
        Assert.Equal(byNumber, byName);
        var naniwaId = (await app.UserAsync(Demo.NaniwaContractor)).ContractorId;
        await using var db = await app.DbAsync();
        var naniwa = await db.Contractors.SingleAsync(c => c.Id == naniwaId, Ct);
        Assert.Equal(new Choice(naniwa.Id, naniwa.Name, naniwa.IsDesignatedManager), await Choices.CompanyAsync(procurement, naniwa.Id, Ct));
    }

    [Fact]
    public async Task Officer_OnlyTheirOwnDepartment_AnotherNeverFound()
    {
        var officer = await app.UserAsync(Demo.KankoOfficer);
        await using var db = await app.DbAsync();
        var own = await db.Departments.SingleAsync(d => d.Id == officer.DepartmentId, Ct);

        Assert.Equal([new Choice(own.Id, own.Name)], await Choices.DepartmentsAsync(officer, null, includeInactive: true, Ct));
        Assert.Empty(await Choices.DepartmentsAsync(officer, "市民局", includeInactive: true, Ct));
    }

    private async Task<List<Domain.Organisations.Department>> DepartmentsAsync(string text)
    {
        await using var db = await app.DbAsync();
        return await db.Departments.AsNoTracking().Where(d => d.Name.Contains(text)).ToListAsync(Ct);
    }
}
