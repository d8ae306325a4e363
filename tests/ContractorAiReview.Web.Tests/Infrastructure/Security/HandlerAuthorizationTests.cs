using System.Reflection;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Routing;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Catalogue;
using ContractorAiReview.Web.Consents;
using ContractorAiReview.Web.Contracts;
using ContractorAiReview.Web.Dashboard;
using ContractorAiReview.Web.Journal;
using ContractorAiReview.Web.Organisations;
using ContractorAiReview.Web.Tests.Contracts;
using ContractorAiReview.Web.Requests;
using ContractorAiReview.Web.Resources;
using ContractorAiReview.Web.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Infrastructure.Security;

/// <summary>
/// Authorisation stays total: every handler that acts for a person refuses the wrong role, and where its data belongs
/// to a company or a department, the wrong organisation (OWASP ASVS 5.0 V8.2). One case a line; a handler added
/// without a case fails <see cref="EveryHandler_HasItsCases"/>.
/// </summary>
public sealed class HandlerAuthorizationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Type[] Handlers =
    [
        typeof(RequestCommands), typeof(RequestQueries), typeof(ReviewCommands), typeof(ConsentCommands), typeof(ContractCommands),
        typeof(ContractOverview), typeof(OrganisationCommands), typeof(UserCommands), typeof(DashboardQueries), typeof(AuditQueries),
        typeof(AiServiceCatalogueStore), typeof(ReviewQueries), typeof(RouteCommands), typeof(JournalQueries),
        typeof(OrganisationChoices),
    ];

    /// <summary>What a case can use: the demo people and items of each organisation, looked up in the demo data.</summary>
    private sealed record World(
        AppFactory App, CurrentUser Naniwa, CurrentUser Mio, CurrentUser Shimin, CurrentUser Kanko, CurrentUser Procurement,
        CurrentUser Administrator, int NaniwaDraft, int NaniwaConfirmed, int MioSubmitted, int MioConfirmed, int MioContract,
        int NaniwaContract, int MioConsent, string AdministratorId, int ShiminDepartment, int NaniwaCompany)
    {
        public T Get<T>() where T : notnull => App.Get<T>();
    }

    private static readonly CancellationToken None = CancellationToken.None;

    private static bool Refused(CommandResult result) => result.Outcome is CommandOutcome.Forbidden or CommandOutcome.NotFound;

    /// <summary>"Handler.Method" → its cases: what is tried, and whether it was refused.</summary>
    private static readonly Dictionary<string, (string Case, Func<World, Task<bool>> Refused)[]> Matrix = new()
    {
        ["RequestCommands.CreateDraftAsync"] =
        [
            ("an officer files", async w => Refused(await w.Get<RequestCommands>().CreateDraftAsync(w.Kanko, w.MioContract, TestContent.Complete(), None))),
            ("another company's contract", async w => Refused(await w.Get<RequestCommands>().CreateDraftAsync(w.Naniwa, w.MioContract, TestContent.Complete(), None))),
        ],
        ["RequestCommands.SaveDraftAsync"] =
        [
            ("an officer saves", async w => Refused(await w.Get<RequestCommands>().SaveDraftAsync(w.Shimin, w.NaniwaDraft, 0, TestContent.Complete(), None))),
            ("another company's draft", async w => Refused(await w.Get<RequestCommands>().SaveDraftAsync(w.Mio, w.NaniwaDraft, 0, TestContent.Complete(), None))),
        ],
        ["RequestCommands.SubmitAsync"] =
        [
            ("an officer submits", async w => Refused(await w.Get<RequestCommands>().SubmitAsync(w.Shimin, w.NaniwaDraft, 0, TestContent.Complete(), None))),
            ("another company's draft", async w => Refused(await w.Get<RequestCommands>().SubmitAsync(w.Mio, w.NaniwaDraft, 0, TestContent.Complete(), None))),
        ],
        ["RequestCommands.CreateChangeAsync"] =
        [
            ("an officer files a change", async w => Refused(await w.Get<RequestCommands>().CreateChangeAsync(w.Shimin, w.NaniwaConfirmed, None))),
            ("another company's confirmation", async w => Refused(await w.Get<RequestCommands>().CreateChangeAsync(w.Mio, w.NaniwaConfirmed, None))),
        ],
        ["RequestCommands.WithdrawAsync"] =
        [
            ("an officer withdraws", async w => Refused(await w.Get<RequestCommands>().WithdrawAsync(w.Kanko, w.MioSubmitted, 0, "理由", None))),
            ("another company's request", async w => Refused(await w.Get<RequestCommands>().WithdrawAsync(w.Naniwa, w.MioSubmitted, 0, "理由", None))),
        ],
        ["RequestCommands.DeleteDraftAsync"] =
        [
            ("an officer deletes a draft", async w => Refused(await w.Get<RequestCommands>().DeleteDraftAsync(w.Shimin, w.NaniwaDraft, 0, None))),
            ("another company's draft", async w => Refused(await w.Get<RequestCommands>().DeleteDraftAsync(w.Mio, w.NaniwaDraft, 0, None))),
        ],
        ["RequestQueries.ListAsync"] =
        [
            ("procurement lists requests", async w => (await w.Get<RequestQueries>().ListAsync(w.Procurement, null, new PageRequest(), None)).Total == 0),
            ("another company's requests", async w => (await w.Get<RequestQueries>().ListAsync(w.Naniwa, null, new PageRequest(Take: PageRequest.MaxTake), None)).Rows.All(r => r.Id != w.MioSubmitted)),
            ("another department's requests", async w => (await w.Get<RequestQueries>().ListAsync(w.Shimin, null, new PageRequest(Take: PageRequest.MaxTake), None)).Rows.All(r => r.Id != w.MioSubmitted)),
        ],
        ["RequestQueries.GetAsync"] =
        [
            ("procurement reads a request", async w => await w.Get<RequestQueries>().GetAsync(w.Procurement, w.MioSubmitted, None) is null),
            ("another company's request", async w => await w.Get<RequestQueries>().GetAsync(w.Naniwa, w.MioSubmitted, None) is null),
            ("another department's request", async w => await w.Get<RequestQueries>().GetAsync(w.Shimin, w.MioSubmitted, None) is null),
        ],
        ["RequestQueries.ContractorTasksAsync"] =
        [
            ("an officer's contractor to-do list", async w => (await w.Get<RequestQueries>().ContractorTasksAsync(w.Shimin, None)).Count == 0),
            ("another company's drafts", async w => (await w.Get<RequestQueries>().ContractorTasksAsync(w.Mio, None)).All(t => t.Id != w.NaniwaDraft)),
        ],
        ["RequestQueries.FileableContractsAsync"] =
        [
            ("an officer's contracts to file on", async w => (await w.Get<RequestQueries>().FileableContractsAsync(w.Kanko, None)).Count == 0),
            ("another company's contract", async w => (await w.Get<RequestQueries>().FileableContractsAsync(w.Naniwa, None)).All(c => c.Id != w.MioContract)),
        ],
        ["RequestQueries.NewContentAsync"] =
        [
            ("an officer starts a form", async w => await w.Get<RequestQueries>().NewContentAsync(w.Kanko, w.MioContract, None) is null),
            ("another company's contract", async w => await w.Get<RequestQueries>().NewContentAsync(w.Naniwa, w.MioContract, None) is null),
        ],
        ["ReviewCommands.ConfirmAsync"] =
        [
            ("a contractor confirms", async w => Refused(await w.Get<ReviewCommands>().ConfirmAsync(w.Mio, w.MioSubmitted, 0, None))),
            ("procurement confirms", async w => Refused(await w.Get<ReviewCommands>().ConfirmAsync(w.Procurement, w.MioSubmitted, 0, None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ConfirmAsync(w.Shimin, w.MioSubmitted, 0, None))),
        ],
        ["ReviewCommands.ReturnAsync"] =
        [
            ("a contractor returns", async w => Refused(await w.Get<ReviewCommands>().ReturnAsync(w.Mio, w.MioSubmitted, 0, "理由", ct: None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ReturnAsync(w.Shimin, w.MioSubmitted, 0, "理由", ct: None))),
        ],
        ["ReviewCommands.ClaimAsync"] =
        [
            ("a contractor claims", async w => Refused(await w.Get<ReviewCommands>().ClaimAsync(w.Mio, w.MioSubmitted, 0, None))),
            ("procurement claims", async w => Refused(await w.Get<ReviewCommands>().ClaimAsync(w.Procurement, w.MioSubmitted, 0, None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ClaimAsync(w.Shimin, w.MioSubmitted, 0, None))),
        ],
        ["ReviewCommands.ReleaseAsync"] =
        [
            ("a contractor releases", async w => Refused(await w.Get<ReviewCommands>().ReleaseAsync(w.Mio, w.MioSubmitted, 0, None))),
            ("procurement releases", async w => Refused(await w.Get<ReviewCommands>().ReleaseAsync(w.Procurement, w.MioSubmitted, 0, None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ReleaseAsync(w.Shimin, w.MioSubmitted, 0, None))),
        ],
        ["ReviewCommands.ForwardAsync"] =
        [
            ("a contractor forwards", async w => Refused(await w.Get<ReviewCommands>().ForwardAsync(w.Mio, w.MioSubmitted, 0, None))),
            ("procurement forwards", async w => Refused(await w.Get<ReviewCommands>().ForwardAsync(w.Procurement, w.MioSubmitted, 0, None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ForwardAsync(w.Shimin, w.MioSubmitted, 0, None))),
        ],
        ["ReviewCommands.SendBackAsync"] =
        [
            ("a contractor sends back", async w => Refused(await w.Get<ReviewCommands>().SendBackAsync(w.Mio, w.MioSubmitted, 0, "理由", None))),
            ("procurement sends back", async w => Refused(await w.Get<ReviewCommands>().SendBackAsync(w.Procurement, w.MioSubmitted, 0, "理由", None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().SendBackAsync(w.Shimin, w.MioSubmitted, 0, "理由", None))),
        ],
        ["ReviewCommands.ReassignAsync"] =
        [
            ("a contractor reassigns", async w => Refused(await w.Get<ReviewCommands>().ReassignAsync(w.Mio, w.MioSubmitted, 0, w.Kanko.UserId, "代理", None))),
            ("procurement reassigns", async w => Refused(await w.Get<ReviewCommands>().ReassignAsync(w.Procurement, w.MioSubmitted, 0, w.Kanko.UserId, "代理", None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ReassignAsync(w.Shimin, w.MioSubmitted, 0, w.Kanko.UserId, "代理", None))),
        ],
        ["ReviewCommands.SuspendAsync"] =
        [
            ("a contractor suspends", async w => Refused(await w.Get<ReviewCommands>().SuspendAsync(w.Mio, w.MioConfirmed, 0, "理由", None))),
            ("procurement suspends", async w => Refused(await w.Get<ReviewCommands>().SuspendAsync(w.Procurement, w.MioConfirmed, 0, "理由", None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().SuspendAsync(w.Shimin, w.MioConfirmed, 0, "理由", None))),
        ],
        ["ReviewCommands.ResumeAsync"] =
        [
            ("a contractor resumes", async w => Refused(await w.Get<ReviewCommands>().ResumeAsync(w.Mio, w.MioConfirmed, 0, "理由", None))),
            ("procurement resumes", async w => Refused(await w.Get<ReviewCommands>().ResumeAsync(w.Procurement, w.MioConfirmed, 0, "理由", None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().ResumeAsync(w.Shimin, w.MioConfirmed, 0, "理由", None))),
        ],
        ["ReviewCommands.RevokeAsync"] =
        [
            ("a contractor revokes", async w => Refused(await w.Get<ReviewCommands>().RevokeAsync(w.Mio, w.MioConfirmed, 0, "理由", None))),
            ("procurement revokes", async w => Refused(await w.Get<ReviewCommands>().RevokeAsync(w.Procurement, w.MioConfirmed, 0, "理由", None))),
            ("another department's request", async w => Refused(await w.Get<ReviewCommands>().RevokeAsync(w.Shimin, w.MioConfirmed, 0, "理由", None))),
        ],
        ["ReviewCommands.MembersForAsync"] =
        [
            ("a contractor lists the department's people", async w => (await w.Get<ReviewCommands>().MembersForAsync(w.Mio, w.MioSubmitted, None)).Count == 0),
            ("another department's request", async w => (await w.Get<ReviewCommands>().MembersForAsync(w.Shimin, w.MioSubmitted, None)).Count == 0),
        ],
        ["ReviewQueries.CountsAsync"] =
        [
            ("a contractor counts the queues", async w => (await w.Get<ReviewQueries>().CountsAsync(w.Mio, None)).Values.All(count => count == 0)),
        ],
        ["ReviewQueries.QueueAsync"] =
        [
            ("a contractor opens the queues", async w => await QueuesHoldAsync(w, w.Mio, _ => true) == 0),
            ("another department's tasks", async w => await QueuesHoldAsync(w, w.Shimin, t => t.Id == w.MioSubmitted) == 0),
        ],
        ["RouteCommands.RoutesAsync"] =
        [
            ("a contractor reads the routes", async w => (await w.Get<RouteCommands>().RoutesAsync(w.Mio, ct: None)).Count == 0),
            ("another department's route", async w => (await w.Get<RouteCommands>().RoutesAsync(w.Kanko, ct: None)).All(r => r.DepartmentId != w.ShiminDepartment)),
        ],
        ["RouteCommands.ChangeRouteAsync"] =
        [
            ("an officer changes its route", async w => Refused(await w.Get<RouteCommands>().ChangeRouteAsync(w.Shimin, w.ShiminDepartment, 1, ApprovalRoute.SingleStep(10), ct: None))),
            ("procurement changes a route", async w => Refused(await w.Get<RouteCommands>().ChangeRouteAsync(w.Procurement, w.ShiminDepartment, 1, ApprovalRoute.SingleStep(10), ct: None))),
        ],
        ["ConsentCommands.ListAsync"] =
        [
            ("another company's consents", async w => (await w.Get<ConsentCommands>().ListAsync(w.Naniwa, w.MioConfirmed, None)).Count == 0),
            ("another department's consents", async w => (await w.Get<ConsentCommands>().ListAsync(w.Shimin, w.MioConfirmed, None)).Count == 0),
        ],
        ["ConsentCommands.AskAsync"] =
        [
            ("an officer asks", async w => Refused(await w.Get<ConsentCommands>().AskAsync(w.Kanko, w.MioConfirmed, 0, "成果物", "確認方法", None))),
            ("another company's request", async w => Refused(await w.Get<ConsentCommands>().AskAsync(w.Naniwa, w.MioConfirmed, 0, "成果物", "確認方法", None))),
        ],
        ["ConsentCommands.ConsentAsync"] =
        [
            ("the contractor consents itself", async w => Refused(await w.Get<ConsentCommands>().ConsentAsync(w.Mio, w.MioConsent, null, None))),
            ("another department's consent", async w => Refused(await w.Get<ConsentCommands>().ConsentAsync(w.Shimin, w.MioConsent, null, None))),
        ],
        ["ConsentCommands.DeclineAsync"] =
        [
            ("the contractor declines", async w => Refused(await w.Get<ConsentCommands>().DeclineAsync(w.Mio, w.MioConsent, "理由", None))),
            ("another department's consent", async w => Refused(await w.Get<ConsentCommands>().DeclineAsync(w.Shimin, w.MioConsent, "理由", None))),
        ],
        ["ContractCommands.SearchAsync"] =
        [
            ("a contractor searches the register", async w => (await w.Get<ContractCommands>().SearchAsync(w.Naniwa, null, null, new PageRequest(), None)).Total == 0),
            ("an officer searches the register", async w => (await w.Get<ContractCommands>().SearchAsync(w.Kanko, null, null, new PageRequest(), None)).Total == 0),
        ],
        ["ContractCommands.FiscalYearsAsync"] =
        [
            ("a contractor lists the register's years", async w => (await w.Get<ContractCommands>().FiscalYearsAsync(w.Naniwa, None)).Count == 0),
            ("an officer lists the register's years", async w => (await w.Get<ContractCommands>().FiscalYearsAsync(w.Kanko, None)).Count == 0),
        ],
        ["ContractCommands.OfOwnOrganisationAsync"] =
        [
            ("procurement lists an organisation's contracts", async w => (await w.Get<ContractCommands>().OfOwnOrganisationAsync(w.Procurement, new PageRequest(), None)).Total == 0),
            ("another company's contract", async w => (await w.Get<ContractCommands>().OfOwnOrganisationAsync(w.Naniwa, new PageRequest(Take: PageRequest.MaxTake), None)).Rows.All(c => c.Id != w.MioContract)),
            ("another department's contract", async w => (await w.Get<ContractCommands>().OfOwnOrganisationAsync(w.Shimin, new PageRequest(Take: PageRequest.MaxTake), None)).Rows.All(c => c.Id != w.MioContract)),
        ],
        ["ContractCommands.GetFormAsync"] =
        [
            ("a contractor opens a contract's form", async w => await w.Get<ContractCommands>().GetFormAsync(w.Naniwa, w.NaniwaContract, None) is null),
            ("an officer opens a contract's form", async w => await w.Get<ContractCommands>().GetFormAsync(w.Kanko, w.MioContract, None) is null),
        ],
        ["ContractCommands.CreateAsync"] =
        [
            ("a contractor registers a contract", async w => Refused(await w.Get<ContractCommands>().CreateAsync(w.Naniwa, await w.App.ValidFormAsync("AUTHZ-1"), None))),
            ("an administrator registers a contract", async w => Refused(await w.Get<ContractCommands>().CreateAsync(w.Administrator, await w.App.ValidFormAsync("AUTHZ-2"), None))),
        ],
        ["ContractCommands.UpdateAsync"] =
        [
            ("an officer edits a contract", async w => Refused(await w.Get<ContractCommands>().UpdateAsync(w.Kanko, w.MioContract, await w.App.ValidFormAsync("AUTHZ-3"), None))),
        ],
        ["ContractCommands.PreviewImportAsync"] =
        [
            ("a contractor previews an import", async w => (await w.Get<ContractCommands>().PreviewImportAsync(w.Naniwa, "x"u8.ToArray(), CsvEncodingChoice.Utf8, None)) is { FileError: not null, Rows.Count: 0 }),
        ],
        ["ContractCommands.ImportAsync"] =
        [
            ("an officer imports", async w => Refused(await w.Get<ContractCommands>().ImportAsync(w.Kanko, "x"u8.ToArray(), CsvEncodingChoice.Utf8, None))),
        ],
        ["ContractCommands.AttachSpecialSpecificationAsync"] =
        [
            ("a contractor attaches the specification", async w => Refused(await w.Get<ContractCommands>().AttachSpecialSpecificationAsync(w.Naniwa, w.NaniwaContract, None))),
            ("an officer attaches the specification", async w => Refused(await w.Get<ContractCommands>().AttachSpecialSpecificationAsync(w.Kanko, w.MioContract, None))),
        ],
        ["ContractCommands.SpecificationHistoryAsync"] =
        [
            ("a contractor reads the history", async w => (await w.Get<ContractCommands>().SpecificationHistoryAsync(w.Naniwa, w.NaniwaContract, None)).Count == 0),
        ],
        ["ContractOverview.PageAsync"] =
        [
            ("a contractor opens the overview", async w => (await w.Get<ContractOverview>().PageAsync(w.Naniwa, new(), OverviewSort.FiscalYear, false, 0, 100, None)).Total == 0),
            ("another department's contracts", async w => (await w.Get<ContractOverview>().PageAsync(w.Shimin, new(), OverviewSort.FiscalYear, false, 0, 100, None)).Rows.All(r => r.ContractId != w.MioContract)),
        ],
        ["ContractOverview.AllAsync"] =
        [
            ("a contractor exports the overview", async w => (await w.Get<ContractOverview>().AllAsync(w.Naniwa, new(), ct: None)).Count == 0),
            ("another department's contracts", async w => (await w.Get<ContractOverview>().AllAsync(w.Shimin, new(), ct: None)).All(r => r.ContractId != w.MioContract)),
        ],
        ["OrganisationChoices.DepartmentsAsync"] =
        [
            ("a contractor's departments to choose", async w => (await w.Get<OrganisationChoices>().DepartmentsAsync(w.Naniwa, null, includeInactive: true, None)).Count == 0),
            ("another department to filter by", async w => (await w.Get<OrganisationChoices>().DepartmentsAsync(w.Kanko, null, includeInactive: true, None)).All(d => d.Id != w.ShiminDepartment)),
        ],
        ["OrganisationChoices.DepartmentAsync"] =
        [
            ("a contractor reads a department's name", async w => await w.Get<OrganisationChoices>().DepartmentAsync(w.Naniwa, w.ShiminDepartment, None) is null),
            ("an officer reads another department's", async w => await w.Get<OrganisationChoices>().DepartmentAsync(w.Kanko, w.ShiminDepartment, None) is null),
        ],
        ["OrganisationChoices.CompaniesAsync"] =
        [
            ("a contractor's companies to choose", async w => (await w.Get<OrganisationChoices>().CompaniesAsync(w.Naniwa, null, None)).Count == 0),
            ("an officer's companies to choose", async w => (await w.Get<OrganisationChoices>().CompaniesAsync(w.Kanko, null, None)).Count == 0),
        ],
        ["OrganisationChoices.CompanyAsync"] =
        [
            ("a contractor reads a company's name", async w => await w.Get<OrganisationChoices>().CompanyAsync(w.Mio, w.NaniwaCompany, None) is null),
            ("an officer reads a company's name", async w => await w.Get<OrganisationChoices>().CompanyAsync(w.Shimin, w.NaniwaCompany, None) is null),
        ],
        ["OrganisationCommands.SearchDepartmentsAsync"] =
        [
            ("procurement pages the departments", async w => (await w.Get<OrganisationCommands>().SearchDepartmentsAsync(w.Procurement, null, new PageRequest(), None)).Total == 0),
            ("an officer pages the departments", async w => (await w.Get<OrganisationCommands>().SearchDepartmentsAsync(w.Shimin, null, new PageRequest(), None)).Total == 0),
        ],
        ["OrganisationCommands.SaveDepartmentAsync"] =
        [
            ("an officer edits a department", async w => Refused(await w.Get<OrganisationCommands>().SaveDepartmentAsync(w.Shimin, w.ShiminDepartment, new DepartmentForm { Bureau = "市民局", Section = "区政課" }, None))),
        ],
        ["OrganisationCommands.SetDepartmentActiveAsync"] =
        [
            ("procurement deactivates a department", async w => Refused(await w.Get<OrganisationCommands>().SetDepartmentActiveAsync(w.Procurement, w.ShiminDepartment, false, None))),
        ],
        ["OrganisationCommands.SearchCompaniesAsync"] =
        [
            ("a contractor pages the companies", async w => (await w.Get<OrganisationCommands>().SearchCompaniesAsync(w.Naniwa, null, new PageRequest(), None)).Total == 0),
            ("an officer pages the companies", async w => (await w.Get<OrganisationCommands>().SearchCompaniesAsync(w.Kanko, null, new PageRequest(), None)).Total == 0),
        ],
        ["OrganisationCommands.SaveCompanyAsync"] =
        [
            ("a contractor edits its own company", async w => Refused(await w.Get<OrganisationCommands>().SaveCompanyAsync(w.Naniwa, w.NaniwaCompany, new CompanyForm { Name = "なにわ" }, None))),
        ],
        ["UserCommands.ListAsync"] = [("procurement lists people", async w => (await w.Get<UserCommands>().ListAsync(w.Procurement, new UserFilter(), new PageRequest(), None)).Total == 0)],
        ["UserCommands.InvitationsAsync"] = [("an officer lists invitations", async w => (await w.Get<UserCommands>().InvitationsAsync(w.Kanko, None)).Count == 0)],
        ["UserCommands.CreateStaffAsync"] =
        [
            ("an officer creates staff", async w => Refused((await w.Get<UserCommands>().CreateStaffAsync(w.Kanko, new StaffForm { Email = "x@city.example.jp", DisplayName = "x", Role = Roles.Administrator }, ct: None)).Result)),
        ],
        ["UserCommands.UpdateStaffAsync"] =
        [
            ("procurement makes itself administrator", async w => Refused(await w.Get<UserCommands>().UpdateStaffAsync(w.Procurement, w.Procurement.UserId, new StaffForm { Email = "procurement@city.example.jp", DisplayName = "x", Role = Roles.Administrator }, ct: None))),
        ],
        ["UserCommands.InviteAsync"] =
        [
            ("a contractor invites", async w => Refused((await w.Get<UserCommands>().InviteAsync(w.Naniwa, new InviteForm { Email = "y@naniwa.example.jp", ContractorId = w.NaniwaCompany }, ct: None)).Result)),
        ],
        ["UserCommands.SetDisabledAsync"] = [("an officer disables the administrator", async w => Refused(await w.Get<UserCommands>().SetDisabledAsync(w.Kanko, w.AdministratorId, true, ct: None)))],
        ["UserCommands.ResetPasswordAsync"] = [("procurement resets a password", async w => Refused((await w.Get<UserCommands>().ResetPasswordAsync(w.Procurement, w.AdministratorId, ct: None)).Result))],
        ["UserCommands.ResetAuthenticatorAsync"] = [("a contractor resets an authenticator", async w => Refused(await w.Get<UserCommands>().ResetAuthenticatorAsync(w.Naniwa, w.AdministratorId, ct: None)))],
        ["DashboardQueries.FiguresAsync"] =
        [
            ("a contractor opens the dashboard", async w => await w.Get<DashboardQueries>().FiguresAsync(w.Naniwa, None) is null),
            ("another department's requests", async w => (await w.Get<DashboardQueries>().FiguresAsync(w.Kanko, None))!.ByDepartment.All(d => d.Label != "市民局区政課")),
        ],
        ["JournalQueries.LatestAsync"] = [("procurement reads the journal", async w => (await w.Get<JournalQueries>().LatestAsync(w.Procurement, new PageRequest(), None)).Total == 0)],
        ["JournalQueries.VerifyAsync"] = [("an officer verifies the journal", async w => await w.Get<JournalQueries>().VerifyAsync(w.Kanko, null, None) is null)],
        ["AuditQueries.SearchAsync"] = [("an officer searches the security record", async w => (await w.Get<AuditQueries>().SearchAsync(w.Kanko, new(), new PageRequest(), None)).Total == 0)],
        ["AiServiceCatalogueStore.SaveAsync"] = [("procurement saves the catalogue", async w => await w.Get<AiServiceCatalogueStore>().SaveAsync(w.Procurement, await w.Get<AiServiceCatalogueStore>().CurrentJsonAsync(None), None) is not null)],
        ["AiServiceCatalogueStore.RevisionsAsync"] = [("an officer lists revisions", async w => (await w.Get<AiServiceCatalogueStore>().RevisionsAsync(w.Kanko, None)).Count == 0)],
        ["AiServiceCatalogueStore.CompareAsync"] = [("a contractor compares revisions", async w => await w.Get<AiServiceCatalogueStore>().CompareAsync(w.Naniwa, 1, 1, None) is null)],
        ["AiServiceCatalogueStore.SaveEntryAsync"] =
        [
            ("an officer edits an entry", async w => Refused(await w.Get<AiServiceCatalogueStore>().SaveEntryAsync(w.Kanko, null, new CatalogueEntryForm(), w.Get<IStringLocalizer<Strings>>(), None))),
        ],
    };

    public static TheoryData<string> Cases => new(Matrix.SelectMany(h => h.Value.Select(c => $"{h.Key}: {c.Case}")));

    [Fact]
    public void EveryHandler_HasItsCases()
    {
        var handlers = Handlers
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CurrentUser)))
                .Select(m => $"{type.Name}.{m.Name}"))
            .ToHashSet();

        Assert.Empty(handlers.Except(Matrix.Keys));
        Assert.Empty(Matrix.Keys.Except(handlers));
        Assert.All(Matrix.Values, cases => Assert.NotEmpty(cases));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Handler_WrongRoleOrOrganisation_Refused(string name)
    {
        var (handler, description) = (name[..name.IndexOf(": ", StringComparison.Ordinal)], name[(name.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
        var attempt = Matrix[handler].Single(c => c.Case == description);

        Assert.True(await attempt.Refused(await WorldAsync()), $"{handler} was not refused: {description}");
    }

    /// <summary>How many tasks of every queue (not only the person's own) the person is shown that match.</summary>
    private static async Task<int> QueuesHoldAsync(World w, CurrentUser user, Func<TaskRow, bool> match)
    {
        var found = 0;
        foreach (var queue in Enum.GetValues<TaskQueue>())
        {
            var page = await w.Get<ReviewQueries>().QueueAsync(user, queue, new PageRequest(Take: PageRequest.MaxTake), None);
            found += page.Rows.Count(match);
        }

        return found;
    }

    private async Task<World> WorldAsync()
    {
        var naniwa = await app.UserAsync(Demo.NaniwaContractor);
        var mio = await app.UserAsync(Demo.MioContractor);
        var administrator = await app.UserAsync(Demo.Administrator);
        await using var db = await app.DbAsync();
        int RequestOn(string contract, RequestStatus status) =>
            db.Requests.Where(r => r.Status == status).Join(db.Contracts.Where(c => c.Name == contract), r => r.ContractId, c => c.Id, (r, _) => r.Id).First();
        var mioConfirmed = RequestOn("多言語観光パンフレット作成業務委託", RequestStatus.Confirmed);
        return new World(
            app, naniwa, mio, await app.UserAsync(Demo.ShiminOfficer), await app.UserAsync(Demo.KankoOfficer), await app.UserAsync(Demo.Procurement),
            administrator,
            NaniwaDraft: await NaniwaDraftAsync(naniwa),
            NaniwaConfirmed: RequestOn("区民アンケート集計分析業務委託", RequestStatus.Confirmed),
            MioSubmitted: RequestOn("観光プロモーション動画制作業務委託", RequestStatus.Submitted),
            MioConfirmed: mioConfirmed,
            MioContract: await app.ContractIdAsync("観光プロモーション動画制作業務委託"),
            NaniwaContract: await app.ContractIdAsync("区民アンケート集計分析業務委託"),
            MioConsent: await MioConsentAsync(mio, mioConfirmed),
            AdministratorId: administrator.UserId,
            ShiminDepartment: (await app.UserAsync(Demo.ShiminOfficer)).DepartmentId!.Value,
            NaniwaCompany: naniwa.ContractorId!.Value);
    }

    /// <summary>A draft of Naniwa's, made once for the class by Naniwa itself.</summary>
    private async Task<int> NaniwaDraftAsync(CurrentUser naniwa)
    {
        await using var db = await app.DbAsync();
        var existing = await db.Requests.Where(r => r.ContractorId == naniwa.ContractorId && r.Status == RequestStatus.Draft).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var contract = (await app.Get<RequestQueries>().FileableContractsAsync(naniwa)).First().Id;
        return (await app.Get<RequestCommands>().CreateDraftAsync(naniwa, contract, TestContent.Complete())).Id!.Value;
    }

    /// <summary>A consent Mio asked for on its confirmed request's rule-3 service, made once for the class by Mio itself.</summary>
    private async Task<int> MioConsentAsync(CurrentUser mio, int confirmedRequest)
    {
        var consents = app.Get<ConsentCommands>();
        if ((await consents.ListAsync(mio, confirmedRequest)).FirstOrDefault() is { } existing)
        {
            return existing.Id;
        }

        for (var service = 0; ; service++)
        {
            var asked = await consents.AskAsync(mio, confirmedRequest, service, "パンフレット表紙のイラスト", "画像検索で類似がないことを確認");
            if (asked.Succeeded)
            {
                return asked.Id!.Value;
            }

            Assert.True(asked.Outcome == CommandOutcome.Conflict && service < 10, $"No service of request {confirmedRequest} takes a consent.");
        }
    }
}
