using System.Net;
using ContractorAiReview.Web.Audit;
using ContractorAiReview.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Tests.Account;

/// <summary>
/// Signing out ends the session everywhere: a copy of the cookie taken before is refused afterwards, and the person's
/// pages open in other tabs fail their next check.
/// </summary>
public sealed class SignOutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SignOut_CopyOfTheCookie_RefusedAfterwards()
    {
        var ct = TestContext.Current.CancellationToken;
        var cookies = await app.SignInCookieHeaderAsync(Demo.KankoOfficer, Demo.KankoPassword);
        var otherTab = await app.OpenPageAsync(Demo.KankoOfficer);
        var page = await app.GetWithCookiesAsync(cookies, "/reviews", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/account/logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AppFactory.AntiforgeryTokenOf(await page.Content.ReadAsStringAsync(ct)),
            }),
        };
        signOut.Headers.Add("Cookie", cookies);
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(signOut, ct)).StatusCode);

        // The same cookie, as a copy someone kept would send it.
        var replay = await app.GetWithCookiesAsync(cookies, "/reviews", ct);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/account/login", replay.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(await otherTab.IsStillValidAsync(TestContext.Current.CancellationToken));
        await using var db = await app.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Event == AuditEvent.SignedOut && e.SubjectEmail == Demo.KankoOfficer, ct));
    }
}
