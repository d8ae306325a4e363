using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>
/// The README's Production first run, through the handlers the screens call: from the configured administrator alone
/// to a request filed by an invited contractor and seen by the department. No demo data, no database editing.
/// </summary>
public sealed class ProductionFirstRunTests(ProductionFactory app) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task FirstRun_FromTheBootstrapAdministrator_ContractorFilesAndDepartmentSeesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(ProductionFactory.AdminEmail);
        var organisations = app.Get<OrganisationCommands>();
        var users = app.Get<UserCommands>();

        // 1. The administrator: a department, a company, an officer and a procurement officer, an invitation.
        var department = await organisations.SaveDepartmentAsync(admin, null, new DepartmentForm { Bureau = "市民局", Section = "区政課", Phone = "06-6208-7324" }, ct);
        var company = await organisations.SaveCompanyAsync(admin, null, new CompanyForm
        {
            Name = "株式会社なにわ情報システム", Address = "大阪市北区中之島一丁目3番20号", RepresentativeTitle = "代表取締役",
            RepresentativeName = "山田 太郎", CorporateNumber = "7000012050002",
        }, ct);
        var officerHandover = await users.CreateStaffAsync(admin,
            new StaffForm { Email = "officer@city.example.jp", DisplayName = "中村 由美", Role = Roles.DepartmentOfficer, DepartmentId = department.Id }, ct: ct);
        var procurementHandover = await users.CreateStaffAsync(admin,
            new StaffForm { Email = "keiyaku@city.example.jp", DisplayName = "吉田 隆", Role = Roles.Procurement }, ct: ct);
        var invitation = await users.InviteAsync(admin, new InviteForm { ContractorId = company.Id, Email = "takahashi@naniwa.example.jp" }, ct: ct);
        Assert.All([department, company, officerHandover.Result, procurementHandover.Result, invitation.Result], r => Assert.True(r.Succeeded));
        Assert.StartsWith(ProductionFactory.PublicBaseUrl + "/account/invitation/", invitation.Secret, StringComparison.Ordinal);

        // 2. The invitee creates their account through the link.
        var link = invitation.Secret!;
        var token = link[(link.LastIndexOf('/') + 1)..];
        var accepted = await app.Get<AccountCommands>().AcceptInvitationAsync(token,
            new PasswordForm { DisplayName = "高橋 健", NewPassword = "Naniwa#2026first", ConfirmPassword = "Naniwa#2026first" }, ct: ct);
        Assert.True(accepted.Result.Succeeded);

        // 3. Procurement registers the contract and attaches the special specification.
        var procurement = await app.UserAsync("keiyaku@city.example.jp");
        var contract = await app.Get<ContractCommands>().CreateAsync(procurement, new ContractForm
        {
            Name = "区民アンケート集計分析業務委託", Kind = ContractKind.Contract, Type = ContractType.Services, ContractNumber = "2026-SM-001",
            FiscalYear = 2026, DepartmentId = department.Id, ContractorId = company.Id,
            TermStart = new DateOnly(2026, 4, 1), TermEnd = new DateOnly(2027, 3, 31),
        }, ct);
        Assert.True(contract.Succeeded);
        Assert.True((await app.Get<ContractCommands>().AttachSpecialSpecificationAsync(procurement, contract.Id!.Value, ct)).Succeeded);

        // 4. The contractor files a request on it; the officer finds it in the department's queue.
        var contractor = await app.UserAsync("takahashi@naniwa.example.jp");
        var requests = app.Get<RequestCommands>();
        Assert.Contains(await app.Get<RequestQueries>().FileableContractsAsync(contractor, ct), c => c.Id == contract.Id);
        var complete = TestContent.Complete();
        var draft = await requests.CreateDraftAsync(contractor, contract.Id.Value, complete, ct);
        Assert.True(draft.Succeeded);
        Assert.True((await requests.SubmitAsync(contractor, draft.Id!.Value, draft.Version!.Value, complete, ct)).Succeeded);

        var officer = await app.UserAsync("officer@city.example.jp");
        var queue = await app.Get<RequestQueries>().ListAsync(officer, RequestStatuses.AwaitingDecision[0], new PageRequest(), ct);
        Assert.Equal(1, queue.Total);
        var filed = Assert.Single(queue.Rows);
        Assert.Equal(("区民アンケート集計分析業務委託", "株式会社なにわ情報システム"), (filed.ContractName, filed.ContractorName));
    }
}
