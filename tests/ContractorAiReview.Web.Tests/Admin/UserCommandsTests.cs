using System.Net;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Tests.Admin;

public sealed class UserCommandsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private UserCommands Commands => app.Get<UserCommands>();

    [Fact]
    public async Task CreateStaff_Officer_SignsInWithTheHandedOverPasswordAndMustChangeIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var officer = await app.UserAsync(Demo.ShiminOfficer);

        var handover = await Commands.CreateStaffAsync(admin,
            new StaffForm { Email = "new.officer@city.example.jp", DisplayName = "新人 職員", Role = Roles.DepartmentOfficer, DepartmentId = officer.DepartmentId }, ct: ct);

        Assert.True(handover.Result.Succeeded);
        var cookies = await app.SignInCookieHeaderAsync("new.officer@city.example.jp", handover.Secret!);
        var home = await app.GetWithCookiesAsync(cookies, "/reviews", ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith(AccountSetup.PasswordPath, home.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var created = await app.UserAsync("new.officer@city.example.jp");
        Assert.Equal((Roles.DepartmentOfficer, officer.DepartmentId), (created.Role, created.DepartmentId));
    }

    [Fact]
    public async Task CreateStaff_EmailInUse_RefusedAtTheField()
    {
        var result = await Commands.CreateStaffAsync(await app.UserAsync(Demo.Administrator),
            new StaffForm { Email = Demo.Procurement, DisplayName = "重複", Role = Roles.Procurement }, ct: TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Invalid, result.Result.Outcome);
        Assert.Contains(nameof(StaffForm.Email), result.Result.Errors!.Keys);
        Assert.Null(result.Secret);
    }

    [Theory]
    [InlineData(Demo.Procurement)]
    [InlineData(Demo.ShiminOfficer)]
    [InlineData(Demo.NaniwaContractor)]
    public async Task AdministratorActions_OtherRoles_Forbidden(string email)
    {
        var ct = TestContext.Current.CancellationToken;
        var user = await app.UserAsync(email);
        var target = await app.UserAsync(Demo.KankoOfficer);

        Assert.Equal(CommandOutcome.Forbidden, (await Commands.CreateStaffAsync(user, new StaffForm { Email = "x@city.example.jp", DisplayName = "x", Role = Roles.Procurement }, ct: ct)).Result.Outcome);
        Assert.Equal(CommandOutcome.Forbidden, (await Commands.SetDisabledAsync(user, target.UserId, true, ct: ct)).Outcome);
        Assert.Equal(CommandOutcome.Forbidden, (await Commands.ResetPasswordAsync(user, target.UserId, ct: ct)).Result.Outcome);
        Assert.Equal(CommandOutcome.Forbidden, (await Commands.InviteAsync(user, new InviteForm { ContractorId = 1, Email = "y@example.jp" }, ct: ct)).Result.Outcome);
        Assert.Equal(0, (await Commands.ListAsync(user, new UserFilter(), new PageRequest(), ct)).Total);
    }

    [Fact]
    public async Task UpdateStaff_OwnRole_Refused()
    {
        var admin = await app.UserAsync(Demo.Administrator);

        var result = await Commands.UpdateStaffAsync(admin, admin.UserId,
            new StaffForm { Email = Demo.Administrator, DisplayName = admin.DisplayName, Role = Roles.Procurement }, ct: TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Equal(Roles.Administrator, (await app.UserAsync(Demo.Administrator)).Role);
    }

    [Fact]
    public async Task UpdateStaff_OfficerMovedToAnotherDepartment_RecordedAndSignedOut()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var person = await AdminScenario.NewOfficerAsync(app, "moving@city.example.jp", ct);
        var from = (await app.UserAsync(person.Email)).DepartmentId;
        var to = (await app.UserAsync(Demo.KankoOfficer)).DepartmentId;
        var cookies = await app.SignInCookieHeaderAsync(person.Email, person.Password);

        var result = await Commands.UpdateStaffAsync(admin, person.UserId,
            new StaffForm { Email = person.Email, DisplayName = "異動 職員", Role = Roles.DepartmentOfficer, DepartmentId = to }, ct: ct);

        Assert.True(result.Succeeded);
        Assert.Equal(to, (await app.UserAsync(person.Email)).DepartmentId);
        await using var db = await app.DbAsync();
        var entry = db.AuditEntries.Where(e => e.Event == Web.Audit.AuditEvent.OrganisationChanged && e.SubjectEmail == person.Email).Single();
        Assert.Equal($"department {from} → {to}", entry.Detail);
        // The old department is in the cookie: that session ends.
        Assert.Equal(HttpStatusCode.Redirect, (await app.GetWithCookiesAsync(cookies, "/reviews", ct)).StatusCode);
    }

    [Fact]
    public async Task SetDisabled_LastActiveAdministrator_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var second = await Commands.CreateStaffAsync(admin, new StaffForm { Email = "second.admin@city.example.jp", DisplayName = "第二 管理", Role = Roles.Administrator }, ct: ct);
        var secondAdmin = await app.UserAsync("second.admin@city.example.jp");
        Assert.True(second.Result.Succeeded);

        // The second administrator disables the first; the first (now the only active one) cannot be disabled by anyone.
        Assert.True((await Commands.SetDisabledAsync(secondAdmin, admin.UserId, true, ct: ct)).Succeeded);
        var last = await Commands.SetDisabledAsync(admin, secondAdmin.UserId, true, ct: ct);
        var self = await Commands.SetDisabledAsync(secondAdmin, secondAdmin.UserId, true, ct: ct);
        Assert.True((await Commands.SetDisabledAsync(secondAdmin, admin.UserId, false, ct: ct)).Succeeded);

        Assert.Equal(CommandOutcome.Conflict, last.Outcome);
        Assert.Equal(CommandOutcome.Conflict, self.Outcome);
    }

    [Fact]
    public async Task SetDisabled_SignedInPerson_OldCookieRefusedAndSignInRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var person = await AdminScenario.NewOfficerAsync(app, "to.disable@city.example.jp", ct);
        var cookies = await app.SignInCookieHeaderAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.OK, (await app.GetWithCookiesAsync(cookies, "/reviews", ct)).StatusCode);

        Assert.True((await Commands.SetDisabledAsync(admin, person.UserId, true, ct: ct)).Succeeded);

        var after = await app.GetWithCookiesAsync(cookies, "/reviews", ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInCookieHeaderAsync(person.Email, person.Password));
    }

    [Fact]
    public async Task SetDisabled_OpenPage_EndedAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.UserAsync(Demo.Administrator);
        var person = await AdminScenario.NewOfficerAsync(app, "open.page@city.example.jp", ct);
        var sessions = app.Services.GetRequiredService<OpenSessions>();
        var page = await app.OpenPageAsync(person.Email);
        var changes = 0;
        page.AuthenticationStateChanged += _ => changes++;

        Assert.True((await Commands.SetDisabledAsync(admin, person.UserId, true, ct: ct)).Succeeded);

        Assert.Equal(1, changes);
        Assert.False((await page.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        Assert.Equal(0, sessions.CountOf(person.UserId));
    }

    [Fact]
    public async Task ResetPassword_Person_OldPasswordRefusedNewOneMustBeChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = await AdminScenario.NewOfficerAsync(app, "reset.me@city.example.jp", ct);

        var handover = await Commands.ResetPasswordAsync(await app.UserAsync(Demo.Administrator), person.UserId, ct: ct);

        Assert.True(handover.Result.Succeeded);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInCookieHeaderAsync(person.Email, person.Password));
        var cookies = await app.SignInCookieHeaderAsync(person.Email, handover.Secret!);
        var page = await app.GetWithCookiesAsync(cookies, "/", ct);
        Assert.EndsWith(AccountSetup.PasswordPath, page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
