using System.Text.RegularExpressions;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using ContractorAiReview.Web.Notifications;
using ContractorAiReview.Web.Tests.Infrastructure;
using ContractorAiReview.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContractorAiReview.Web.Tests.Account;

/// <summary>
/// "Forgot password": the same answer for any address, a link only to a known and enabled one, usable once and for an
/// hour, and gone from the outbox once sent.
/// </summary>
public sealed partial class PasswordResetTests(QuietFakeClockFactory app) : IClassFixture<QuietFakeClockFactory>
{
    private const string NewPassword = "Kinkaku#Ginkaku2027";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AccountCommands Account => app.Get<AccountCommands>();

    [Fact]
    public async Task UnknownAddress_NothingSent_TheAttemptIsOnTheRecord()
    {
        var before = await OutboxCountAsync();

        await Account.RequestPasswordResetAsync("nobody@city.example.jp", ct: Ct);

        Assert.Equal(before, await OutboxCountAsync());
        await using var db = await app.DbAsync();
        Assert.Contains(await db.AuditEntries.Where(a => a.SubjectEmail == "nobody@city.example.jp").ToListAsync(Ct),
            a => a.Event == Web.Audit.AuditEvent.PasswordResetRequested);
    }

    [Fact]
    public async Task Link_SetsTheNewPasswordOnce_ThenRefused_AndTheBodyIsErasedOnceSent()
    {
        const string email = Demo.MioContractor;
        await Account.RequestPasswordResetAsync(email, ct: Ct);
        var (messageId, token) = await LinkAsync(email);

        Assert.True((await Account.ResetPasswordAsync(email, token, Form(NewPassword), ct: Ct)).Succeeded);
        var again = await Account.ResetPasswordAsync(email, token, Form(NewPassword + "x"), ct: Ct);
        Assert.Equal(CommandOutcome.Invalid, again.Outcome);
        Assert.Contains("", again.Errors!.Keys);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, NewPassword));
        }

        await app.Dispatcher(new RecordingTransport(), app.Clock).DispatchDueAsync(Ct);
        await using var db = await app.DbAsync();
        var sent = await db.OutboxMessages.SingleAsync(m => m.Id == messageId, Ct);
        Assert.NotNull(sent.DeliveredAtUtc);
        Assert.Equal("", sent.Body);
    }

    [Fact]
    public async Task Link_AfterAnHour_Refused()
    {
        const string email = Demo.NaniwaContractor;
        await Account.RequestPasswordResetAsync(email, ct: Ct);
        var (_, token) = await LinkAsync(email);

        app.Clock.Advance(TimeSpan.FromMinutes(61));

        var late = await Account.ResetPasswordAsync(email, token, Form(NewPassword), ct: Ct);
        Assert.Equal(CommandOutcome.Invalid, late.Outcome);
        Assert.Contains("", late.Errors!.Keys);
    }

    [Fact]
    public async Task WeakPassword_RefusedNextToTheField_TheLinkStillWorks()
    {
        const string email = Demo.KankoOfficer;
        await Account.RequestPasswordResetAsync(email, ct: Ct);
        var (_, token) = await LinkAsync(email);

        var weak = await Account.ResetPasswordAsync(email, token, Form("password"), ct: Ct);
        Assert.Contains(nameof(PasswordForm.NewPassword), weak.Errors!.Keys);
        Assert.True((await Account.ResetPasswordAsync(email, token, Form(NewPassword), ct: Ct)).Succeeded);
    }

    private static PasswordForm Form(string password) => new() { NewPassword = password, ConfirmPassword = password };

    /// <summary>The newest reset e-mail to the address: its outbox id and the token in its link (which names the public address).</summary>
    private async Task<(long Id, string Token)> LinkAsync(string email)
    {
        await using var db = await app.DbAsync();
        var message = await db.OutboxMessages.Where(m => m.ToEmail == email && m.Template == MailTemplates.PasswordReset)
            .OrderByDescending(m => m.Id).FirstAsync(Ct);
        var link = ResetLink().Match(message.Body);
        Assert.True(link.Success, "The e-mail has the reset link on the public address.");
        Assert.True(message.ContainsSecret);
        return (message.Id, Uri.UnescapeDataString(link.Groups["token"].Value));
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var db = await app.DbAsync();
        return await db.OutboxMessages.CountAsync(Ct);
    }

    [GeneratedRegex(@"http://localhost:5080/account/reset\?email=[^&\s]+&token=(?<token>\S+)")]
    private static partial Regex ResetLink();
}
