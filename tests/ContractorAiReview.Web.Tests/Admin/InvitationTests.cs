using System.Net;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContractorAiReview.Web.Tests.Admin;

/// <summary>An invitation: one company, one person, used once, within its hours.</summary>
public sealed class InvitationTests(FakeClockFactory app) : IClassFixture<FakeClockFactory>
{
    private static PasswordForm NewAccount(string password = "Invited#2026pass") =>
        new() { DisplayName = "招待 太郎", NewPassword = password, ConfirmPassword = password };

    [Fact]
    public async Task Accept_Invitation_ContractorOfThatCompanyOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var company = (await app.UserAsync(Demo.MioContractor)).ContractorId;
        var token = await InviteAsync("first.invitee@mio.example.jp", company, ct);

        var (result, user) = await app.Get<AccountCommands>().AcceptInvitationAsync(token, NewAccount(), ct: ct);

        Assert.True(result.Succeeded);
        var invitee = await app.UserAsync("first.invitee@mio.example.jp");
        Assert.Equal((Roles.Contractor, company, (int?)null), (invitee.Role, invitee.ContractorId, invitee.DepartmentId));
        Assert.Equal(user!.Id, invitee.UserId);
        _ = await app.SignInCookieHeaderAsync("first.invitee@mio.example.jp", "Invited#2026pass");
    }

    [Fact]
    public async Task Accept_Twice_SecondRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await InviteAsync("twice@mio.example.jp", (await app.UserAsync(Demo.MioContractor)).ContractorId, ct);
        var commands = app.Get<AccountCommands>();
        Assert.True((await commands.AcceptInvitationAsync(token, NewAccount(), ct: ct)).Result.Succeeded);

        var second = await commands.AcceptInvitationAsync(token, NewAccount("Another#2026pass"), ct: ct);

        Assert.Equal(CommandOutcome.Conflict, second.Result.Outcome);
        Assert.Null(await commands.UsableInvitationAsync(token, ct));
    }

    [Fact]
    public async Task Accept_AfterSeventyTwoHours_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await InviteAsync("late@mio.example.jp", (await app.UserAsync(Demo.MioContractor)).ContractorId, ct);
        var commands = app.Get<AccountCommands>();
        app.Clock.Advance(TimeSpan.FromHours(71));
        Assert.NotNull(await commands.UsableInvitationAsync(token, ct));

        app.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(CommandOutcome.Conflict, (await commands.AcceptInvitationAsync(token, NewAccount(), ct: ct)).Result.Outcome);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.UserAsync("late@mio.example.jp"));
    }

    [Fact]
    public async Task Accept_WeakPassword_RefusedAtTheFieldAndTheLinkStillWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await InviteAsync("weak@mio.example.jp", (await app.UserAsync(Demo.MioContractor)).ContractorId, ct);
        var commands = app.Get<AccountCommands>();

        var weak = await commands.AcceptInvitationAsync(token, NewAccount("short"), ct: ct);

        Assert.Equal(CommandOutcome.Invalid, weak.Result.Outcome);
        Assert.Contains(nameof(PasswordForm.NewPassword), weak.Result.Errors!.Keys);
        Assert.NotNull(await commands.UsableInvitationAsync(token, ct));
    }

    [Fact]
    public async Task Invite_EmailInUse_RefusedAtTheField()
    {
        var result = await app.Get<UserCommands>().InviteAsync(await app.UserAsync(Demo.Administrator),
            new InviteForm { ContractorId = (await app.UserAsync(Demo.MioContractor)).ContractorId, Email = Demo.NaniwaContractor },
            ct: TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Invalid, result.Result.Outcome);
        Assert.Contains(nameof(InviteForm.Email), result.Result.Errors!.Keys);
    }

    [Fact]
    public async Task InvitationPage_UnknownToken_SaysTheLinkCannotBeUsed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/invitation/not-a-real-token", ct));

        Assert.Contains("data-testid=\"invitation-unusable\"", html, StringComparison.Ordinal);
    }

    /// <summary>Invites through the administrator's handler and returns the token from the link it hands over.</summary>
    private async Task<string> InviteAsync(string email, int? companyId, CancellationToken ct)
    {
        var handover = await app.Get<UserCommands>().InviteAsync(await app.UserAsync(Demo.Administrator), new InviteForm { ContractorId = companyId, Email = email }, ct: ct);
        Assert.True(handover.Result.Succeeded);
        Assert.StartsWith("http://localhost:5080/account/invitation/", handover.Secret, StringComparison.Ordinal);
        var link = handover.Secret!;
        return link[(link.LastIndexOf('/') + 1)..];
    }
}
