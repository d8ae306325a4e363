using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Organisations;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Admin;

public sealed class OrganisationCommandsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private OrganisationCommands Commands => app.Get<OrganisationCommands>();

    [Fact]
    public async Task SaveDepartment_NewBureauAndSection_StoredWithOneName()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);

        var result = await Commands.SaveDepartmentAsync(admin, null,
            new DepartmentForm { Bureau = " 建設局 ", Section = "道路課", Phone = "06-6208-1111", Email = "doro@city.example.jp" }, ct);

        Assert.True(result.Succeeded);
        await using var db = await app.DbAsync();
        var department = await db.Departments.SingleAsync(d => d.Id == result.Id, ct);
        Assert.Equal(("建設局", "道路課", "建設局道路課", true), (department.Bureau, department.Section, department.Name, department.IsActive));
    }

    [Fact]
    public async Task SaveDepartment_ExistingName_RefusedAtTheSectionAndNothingSaved()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        await using var db = await app.DbAsync();
        var before = await db.Departments.CountAsync(ct);

        var result = await Commands.SaveDepartmentAsync(admin, null, new DepartmentForm { Bureau = "市民局", Section = "区政課" }, ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains(nameof(DepartmentForm.Section), result.Errors!.Keys);
        Assert.Equal(before, await db.Departments.CountAsync(ct));
    }

    [Theory]
    [InlineData(Demo.Procurement)]
    [InlineData(Demo.ShiminOfficer)]
    [InlineData(Demo.NaniwaContractor)]
    public async Task SaveDepartment_NotAdministrator_Forbidden(string email)
    {
        var result = await Commands.SaveDepartmentAsync(await app.UserAsync(email), null,
            new DepartmentForm { Bureau = "環境局", Section = "総務課" }, TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task SetDepartmentActive_Deactivated_KeptButNotOfferedForStaff()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var created = await Commands.SaveDepartmentAsync(admin, null, new DepartmentForm { Bureau = "港湾局", Section = "計画課" }, ct);

        Assert.True((await Commands.SetDepartmentActiveAsync(admin, created.Id!.Value, active: false, ct)).Succeeded);

        var staff = await app.Get<UserCommands>().CreateStaffAsync(admin,
            new StaffForm { Email = "kowan@city.example.jp", DisplayName = "港湾 花子", DepartmentId = created.Id }, ct: ct);
        Assert.Equal(CommandOutcome.Invalid, staff.Result.Outcome);
        Assert.Contains(nameof(StaffForm.DepartmentId), staff.Result.Errors!.Keys);
        var choices = app.Get<OrganisationChoices>();
        Assert.DoesNotContain(await choices.DepartmentsAsync(admin, "港湾局", ct: ct), d => d.Id == created.Id);
        Assert.Contains(await choices.DepartmentsAsync(admin, "港湾局", includeInactive: true, ct), d => d.Id == created.Id);
        Assert.Equal("港湾局計画課", (await choices.DepartmentAsync(admin, created.Id, ct))?.Name);
    }

    [Theory]
    [InlineData(Demo.Administrator)]
    [InlineData(Demo.Procurement)]
    public async Task SaveCompany_AdministratorOrProcurement_StoredWithCorporateNumber(string email)
    {
        var ct = TestContext.Current.CancellationToken;
        var form = AdminScenario.SampleCompany($"株式会社テスト{email.Length}", corporateNumber: email == Demo.Administrator ? "7000012050002" : null);

        var result = await Commands.SaveCompanyAsync(await app.UserAsync(email), null, form, ct);

        Assert.True(result.Succeeded);
        await using var db = await app.DbAsync();
        var company = await db.Contractors.SingleAsync(c => c.Id == result.Id, ct);
        Assert.Equal(form.CorporateNumber, company.CorporateNumber);
        Assert.True(company.IsDesignatedManager);
    }

    [Theory]
    [InlineData("7000012050003", "Validation")] // wrong check digit
    [InlineData("1120001012345", "Duplicate")] // なにわ情報システム's number
    public async Task SaveCompany_BadOrTakenCorporateNumber_RefusedAtTheField(string number, string why)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await app.DbAsync();
        var before = await db.Contractors.CountAsync(ct);

        var result = await Commands.SaveCompanyAsync(await app.UserAsync(Demo.Administrator), null, AdminScenario.SampleCompany("株式会社別会社" + why, number), ct);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Contains(nameof(CompanyForm.CorporateNumber), result.Errors!.Keys);
        Assert.Equal(before, await db.Contractors.CountAsync(ct));
    }

    [Theory]
    [InlineData(Demo.ShiminOfficer)]
    [InlineData(Demo.NaniwaContractor)]
    public async Task SaveCompany_OfficerOrContractor_Forbidden(string email)
    {
        var result = await Commands.SaveCompanyAsync(await app.UserAsync(email), null, AdminScenario.SampleCompany("株式会社不可"), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
    }
}
