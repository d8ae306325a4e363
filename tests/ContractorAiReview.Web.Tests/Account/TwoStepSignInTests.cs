using System.Net;
using System.Text.RegularExpressions;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Admin;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Tests.Admin;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContractorAiReview.Web.Tests.Account;

/// <summary>
/// City staff sign in in two steps (password, then an authenticator app's code), set the app up at their first
/// sign-in, and keep recovery codes; contractor people may. Codes are computed here with Otp.NET from the key the
/// page shows, as an authenticator app would.
/// </summary>
public sealed partial class TwoStepSignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewStaff_MustSetUpTheAppFirst_ThenEverySignInAsksForACode()
    {
        var person = await AdminScenario.NewOfficerAsync(app, "first.setup@city.example.jp", Ct, setUpAuthenticator: false);
        using var browser = Browser();

        // The password alone signs in, but every page leads to setting up the app.
        var signedIn = await PasswordStepAsync(browser, person.Email, person.Password);
        Assert.Equal("/", AppFactory.PathOf(signedIn.Headers.Location));
        var reviews = await browser.GetAsync("/reviews", Ct);
        Assert.Equal(AccountSetup.AuthenticatorPath, AppFactory.PathOf(reviews.Headers.Location));

        // The page shows the key (and the same as a QR code); a wrong code is refused next to the field.
        var setupPage = await browser.GetStringAsync(AccountSetup.AuthenticatorPath, Ct);
        Assert.Contains("data:image/png;base64,", setupPage, StringComparison.Ordinal);
        var key = ShownKey().Match(setupPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var wrong = await AppFactory.PostFormAsync(Send(browser), AccountSetup.AuthenticatorPath, new() { ["_handler"] = "setup", ["Input.Code"] = "000000" });
        Assert.Contains("id=\"code-error\"", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var done = await AppFactory.PostFormAsync(Send(browser), AccountSetup.AuthenticatorPath, new() { ["_handler"] = "setup", ["Input.Code"] = CodeNow(key) });
        var codes = RecoveryCodes(await done.Content.ReadAsStringAsync(Ct));
        Assert.Equal(AccountCommands.RecoveryCodeCount, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/reviews", Ct)).StatusCode);

        // From now on the password leads to the code step, not into the app.
        using var later = Browser();
        var step = await PasswordStepAsync(later, person.Email, person.Password);
        Assert.StartsWith("/account/login/code", AppFactory.PathOf(step.Headers.Location), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await later.GetAsync("/reviews", Ct)).StatusCode);
        var refused = await CodeStepAsync(later, "123456" == CodeNow(key) ? "654321" : "123456");
        Assert.Contains("確認コードが正しくありません", await TextOf(refused), StringComparison.Ordinal);
        var accepted = await CodeStepAsync(later, CodeNow(key));
        Assert.Equal("/", AppFactory.PathOf(accepted.Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/reviews", Ct)).StatusCode);

        await using var db = await app.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Event == AuditEvent.MfaEnrolled && e.SubjectEmail == person.Email, Ct));
    }

    [Fact]
    public async Task RecoveryCode_KeptHashed_SignsInOnce()
    {
        var person = await AdminScenario.NewOfficerAsync(app, "recovery.code@city.example.jp", Ct);
        using var setup = Browser();
        await PasswordStepAsync(setup, person.Email, person.Password);
        await CodeStepAsync(setup, await app.AuthenticatorCodeAsync(person.Email));
        var renewed = await AppFactory.PostFormAsync(Send(setup), AccountSetup.AuthenticatorPath, new() { ["_handler"] = "codes" });
        var codes = RecoveryCodes(await renewed.Content.ReadAsStringAsync(Ct));
        var code = codes[0];
        // Kept hashed, like passwords: the database holds none of the codes.
        await using (var db = await app.DbAsync())
        {
            var stored = await db.UserTokens.Where(t => t.UserId == person.UserId && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync(Ct);
            Assert.Equal(codes.Count, stored!.Split(';').Length);
            Assert.DoesNotContain(codes, c => stored.Contains(c, StringComparison.OrdinalIgnoreCase));
        }

        using var first = Browser();
        await PasswordStepAsync(first, person.Email, person.Password);
        Assert.Equal("/", AppFactory.PathOf((await CodeStepAsync(first, code)).Headers.Location));

        using var second = Browser();
        await PasswordStepAsync(second, person.Email, person.Password);
        Assert.Contains("確認コードが正しくありません", await TextOf(await CodeStepAsync(second, code)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorResetsTheApp_SessionsEndAndTheAppIsSetUpAgain()
    {
        var person = await AdminScenario.NewOfficerAsync(app, "lost.phone@city.example.jp", Ct);
        var cookies = await app.SignInCookieHeaderAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.OK, (await app.GetWithCookiesAsync(cookies, "/reviews", Ct)).StatusCode);

        var result = await app.Get<UserCommands>().ResetAuthenticatorAsync(await app.UserAsync(Demo.Administrator), person.UserId, ct: Ct);

        Assert.True(result.Succeeded);
        Assert.Contains("/account/login", AppFactory.PathOf((await app.GetWithCookiesAsync(cookies, "/reviews", Ct)).Headers.Location), StringComparison.Ordinal);
        using var browser = Browser();
        Assert.Equal("/", AppFactory.PathOf((await PasswordStepAsync(browser, person.Email, person.Password)).Headers.Location));
        Assert.Equal(AccountSetup.AuthenticatorPath, AppFactory.PathOf((await browser.GetAsync("/reviews", Ct)).Headers.Location));
        await using var db = await app.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Event == AuditEvent.MfaReset && e.SubjectEmail == person.Email, Ct));
    }

    [Fact]
    public async Task ResetAuthenticator_NotAnAdministrator_Forbidden()
    {
        var person = await AdminScenario.NewOfficerAsync(app, "not.reset@city.example.jp", Ct);

        var result = await app.Get<UserCommands>().ResetAuthenticatorAsync(await app.UserAsync(Demo.ShiminOfficer), person.UserId, ct: Ct);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.FindByIdAsync(person.UserId))!.TwoFactorEnabled);
    }

    [Fact]
    public async Task Contractor_SignsInWithThePasswordAlone_MayTurnTheAppOnAndOff_StaffMayNotTurnItOff()
    {
        using var browser = Browser();
        Assert.Equal("/", AppFactory.PathOf((await PasswordStepAsync(browser, Demo.NaniwaContractor, Demo.NaniwaPassword)).Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/requests", Ct)).StatusCode);

        var setupPage = await browser.GetStringAsync(AccountSetup.AuthenticatorPath, Ct);
        var key = ShownKey().Match(setupPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        await AppFactory.PostFormAsync(Send(browser), AccountSetup.AuthenticatorPath, new() { ["_handler"] = "setup", ["Input.Code"] = CodeNow(key) });
        using var next = Browser();
        Assert.StartsWith("/account/login/code", AppFactory.PathOf((await PasswordStepAsync(next, Demo.NaniwaContractor, Demo.NaniwaPassword)).Headers.Location), StringComparison.Ordinal);

        await AppFactory.PostFormAsync(Send(browser), AccountSetup.AuthenticatorPath, new() { ["_handler"] = "off" });
        using var after = Browser();
        Assert.Equal("/", AppFactory.PathOf((await PasswordStepAsync(after, Demo.NaniwaContractor, Demo.NaniwaPassword)).Headers.Location));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var officer = (await users.FindByEmailAsync(Demo.KankoOfficer))!;
        Assert.Equal(CommandOutcome.Forbidden, (await scope.ServiceProvider.GetRequiredService<AccountCommands>().TurnOffAuthenticatorAsync(officer, ct: Ct)).Outcome);
        Assert.True((await users.FindByEmailAsync(Demo.KankoOfficer))!.TwoFactorEnabled);
    }

    private HttpClient Browser() =>
        app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    private static Func<HttpRequestMessage, Task<HttpResponseMessage>> Send(HttpClient client) => request => client.SendAsync(request, Ct);

    private static Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email, string password) =>
        AppFactory.PostFormAsync(Send(client), "/account/login", new() { ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password });

    private static Task<HttpResponseMessage> CodeStepAsync(HttpClient client, string code) =>
        AppFactory.PostFormAsync(Send(client), "/account/login/code", new() { ["_handler"] = "code", ["Input.Code"] = code });

    /// <summary>The page as the person reads it (Blazor writes non-ASCII characters as entities).</summary>
    private static async Task<string> TextOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static string CodeNow(string key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp();

    private static List<string> RecoveryCodes(string html) =>
        [.. RecoveryCode().Matches(html[html.IndexOf("data-testid=\"recovery-codes\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex ShownKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
